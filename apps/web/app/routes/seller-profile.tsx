import { loadSellerProfile } from "@hunar/gigs/catalog/seller-profile";
import type { Locale } from "@hunar/i18n/config";
import { listUserReviews } from "@hunar/orders/reviews/list-reviews";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import { GigGrid } from "#app/components/gigs/gig-card.tsx";
import { ListingErrorPage } from "#app/components/gigs/listing-unavailable.tsx";
import { SellerCard } from "#app/components/gigs/seller-card.tsx";
import { ContactSellerButton } from "#app/components/chat/contact-seller-button.tsx";
import { ReviewSection } from "#app/components/reviews/review-section.tsx";
import { getCurrentSession } from "#app/utils/auth.server.ts";
import { imageView } from "#app/utils/gig-cards.server.ts";
import { sellerHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/seller-profile";

const REVIEWS_PER_PAGE = 10;

// Served at /u/<handle> and, for sellers who have not picked a handle, /users/<id>.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const by = params.handle !== undefined ? { handle: params.handle } : { id: params.userId ?? "" };
  const seller = await loadSellerProfile(context.db, by);
  // Unknown and suspended sellers get the same 404, which says the page is not available.
  if (!seller) throw data({ messageKey: "gigs:errors.sellerUnavailable" }, { status: 404 });
  const href = sellerHref(seller) ?? "";
  // One address per seller: once there is a handle, the id address leads to it.
  const url = new URL(request.url);
  if (url.pathname !== href) throw redirect(`${href}${url.search}`, 301);
  const cursor = url.searchParams.get("reviews");
  const reviews = await orPageError(listUserReviews(context.db, seller.id, "freelancer", { cursor, limit: REVIEWS_PER_PAGE }));
  // The read model's own review rows include hidden ones: only revealed reviews leave the server.
  const { gigs, reviews: _unrevealed, ...rest } = seller;
  const { user } = await getCurrentSession(request, context);
  return {
    reviews: { ...reviews, paged: cursor !== null },
    seller: { ...rest, href: null },
    // "Contact" for anyone but the seller; a visitor is asked to log in first.
    viewer: { signedIn: user !== null, isSeller: user?.id === seller.id },
    gigs: gigs.map((gig) => ({
      id: gig.id,
      slug: gig.slug,
      titleUr: gig.titleUr,
      titleEn: gig.titleEn,
      startingPricePaisa: gig.startingPricePaisa,
      rating: gig.rating,
      ratingCount: gig.ratingCount,
      sellerName: seller.displayName,
      sellerHref: null,
      city: seller.city,
      image: gig.image ? imageView(gig.image) : null,
    })),
  };
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ListingErrorPage kind="seller" error={error} />;
}

export default function SellerProfilePage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const { seller, gigs, viewer, reviews } = loaderData;
  const bio = pickLocalized({ ur: seller.bioUr, en: seller.bioEn }, locale);
  return (
    <Container className="grid gap-8 py-8 lg:grid-cols-[20rem_1fr]">
      <title>{`${seller.displayName} · ${t("common:appName")}`}</title>
      <aside className="flex flex-col gap-4">
        <SellerCard seller={seller} headingLevel={1} />
        {viewer.isSeller ? null : <ContactSellerButton sellerId={seller.id} signedIn={viewer.signedIn} size="md" />}
        {bio ? (
          <section aria-labelledby="seller-about" className="flex flex-col gap-2">
            <h2 id="seller-about" className="text-lg font-bold">
              {t("profile.about")}
            </h2>
            <p lang={bio.lang} dir="auto" className="whitespace-pre-line text-stone-700">
              {bio.text}
            </p>
          </section>
        ) : null}
      </aside>
      <div className="flex min-w-0 flex-col gap-8">
        <section aria-labelledby="seller-gigs" className="flex flex-col gap-4">
          <h2 id="seller-gigs" className="text-2xl font-bold">
            {t("profile.gigsTitle", { name: seller.displayName })}
          </h2>
          {gigs.length === 0 ? (
            <p className="text-stone-700">{t("profile.noGigs", { name: seller.displayName })}</p>
          ) : (
            <GigGrid gigs={gigs} locale={locale} narrow />
          )}
        </section>
        <ReviewSection {...reviews} rating={seller.rating} ratingCount={seller.ratingCount} />
      </div>
    </Container>
  );
}
