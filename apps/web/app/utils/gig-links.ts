// Addresses of public catalogue pages, in one place so every card and link agrees.

export function gigHref(gig: { slug: string }): string {
  return `/gigs/${encodeURIComponent(gig.slug)}`;
}

/** A seller's public page: their handle when they chose one, otherwise their id. */
export function sellerHref(seller: { handle: string | null; id?: string | null }): string | null {
  if (seller.handle) return `/u/${encodeURIComponent(seller.handle)}`;
  return seller.id ? `/users/${encodeURIComponent(seller.id)}` : null;
}

/** Ask a gig's seller for an offer made to measure, when no package fits. */
export function requestOfferHref(gig: { id: string }): string {
  return `/gigs/${encodeURIComponent(gig.id)}/request-offer`;
}

export function categoryHref(category: { slug: string }): string {
  return `/c/${encodeURIComponent(category.slug)}`;
}

/** Log in, then come back to this page (for actions that need an account). */
export function loginHref(returnTo: string): string {
  return `/login?redirectTo=${encodeURIComponent(returnTo)}`;
}
