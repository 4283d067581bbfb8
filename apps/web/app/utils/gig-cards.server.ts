import { GIG_IMAGE_WIDTHS } from "@hunar/gigs/images/limits";
import { gigImageSources, gigImageUrl, type GigImageSourceInput } from "@hunar/gigs/images/gig-image-urls";
import type { PopularGig } from "@hunar/gigs/catalog/popular-gigs";
import type { GigSearchCard } from "@hunar/gigs/search/search-gigs";
import type { GigCardView } from "#app/components/gigs/gig-card.tsx";
import { sellerHref } from "./gig-links.ts";

/** A search result as a card. Search returns only the first image's key: the thumbnail always exists. */
export function cardFromSearch(card: GigSearchCard): GigCardView {
  return {
    id: card.id,
    slug: card.slug,
    titleUr: card.titleUr,
    titleEn: card.titleEn,
    startingPricePaisa: card.startingPricePaisa,
    rating: card.ratingAverage,
    ratingCount: card.ratingCount,
    sellerName: card.sellerName,
    sellerHref: sellerHref({ handle: card.sellerHandle }),
    city: card.city,
    image: card.imageKey ? { src: gigImageUrl(card.imageKey, GIG_IMAGE_WIDTHS.thumbnail) } : null,
  };
}

/** A home page favourite as a card, with its category named. */
export function cardFromPopular(gig: PopularGig): GigCardView {
  return {
    id: gig.id,
    slug: gig.slug,
    titleUr: gig.titleUr,
    titleEn: gig.titleEn,
    startingPricePaisa: gig.startingPricePaisa,
    rating: gig.rating,
    ratingCount: gig.ratingCount,
    sellerName: gig.freelancer.displayName,
    sellerHref: sellerHref({ handle: gig.freelancer.handle }),
    city: gig.freelancer.city,
    image: gig.image ? { src: gigImageUrl(gig.image.storageKey, GIG_IMAGE_WIDTHS.thumbnail) } : null,
    category: { nameUr: gig.category.nameUr, nameEn: gig.category.nameEn },
  };
}

/** `<img>` attributes for a stored gig image, plus the address of its largest variant. */
export function imageView(image: GigImageSourceInput) {
  const largest = Math.max(...image.variantWidths, GIG_IMAGE_WIDTHS.thumbnail);
  return { ...gigImageSources(image), large: gigImageUrl(image.storageKey, largest) };
}
