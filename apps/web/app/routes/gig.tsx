import { getGig } from "@hunar/gigs/get-gig";
import { ipKey } from "@hunar/auth/ip-key";
import { recordGigView } from "@hunar/gigs/record-view";
import { reportGig } from "@hunar/gigs/report-gig";
import { REPORT_NOTE_MAX, REPORT_REASONS, type ReportGigValues } from "@hunar/gigs/validation";
import type { Locale } from "@hunar/i18n/config";
import { listGigReviews } from "@hunar/orders/reviews/list-reviews";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { redirect, type ShouldRevalidateFunctionArgs } from "react-router";
import { GigActions } from "#app/components/gigs/gig-actions.tsx";
import { GigDetails } from "#app/components/gigs/gig-details.tsx";
import { GigGallery } from "#app/components/gigs/gig-gallery.tsx";
import { ListingErrorPage } from "#app/components/gigs/listing-unavailable.tsx";
import { GigOwnerNotice } from "#app/components/gigs/gig-owner-notice.tsx";
import { ExtraChoices } from "#app/components/gigs/extra-choices.tsx";
import { PackagePicker } from "#app/components/gigs/package-picker.tsx";
import { ReportGigForm } from "#app/components/gigs/report-gig-form.tsx";
import { SellerCard } from "#app/components/gigs/seller-card.tsx";
import { ReviewSection } from "#app/components/reviews/review-section.tsx";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { getCurrentSession, requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { imageView } from "#app/utils/gig-cards.server.ts";
import { gigHref, sellerHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/gig";

const REVIEWS_PER_PAGE = 10;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await getCurrentSession(request, context);
  const viewer = user ? { userId: user.id, isAdmin: user.isAdmin } : null;
  const gig = await orPageError(getGig(context.db, params.idOrSlug, viewer));
  // One address per gig: links by id land on the slug address.
  if (params.idOrSlug !== gig.slug) {
    const url = new URL(request.url);
    throw redirect(`${gigHref(gig)}${url.search}`, 301);
  }
  const cursor = new URL(request.url).searchParams.get("reviews");
  const reviews = await orPageError(listGigReviews(context.db, gig.id, { cursor, limit: REVIEWS_PER_PAGE }));
  // Paging through the reviews is the same visit, not another one.
  if (!cursor) await recordGigView(context.db, gig.id, { userId: user?.id ?? null, address: ipKey(context.ip) });
  const { images, seller, ...rest } = gig;
  return {
    reviews: { ...reviews, paged: cursor !== null },
    gig: {
      ...rest,
      images: images.map((image) => ({ id: image.id, altUr: image.altUr, altEn: image.altEn, ...imageView(image) })),
      seller: { ...seller, href: sellerHref(seller) },
    },
    signedIn: user !== null,
    report: { reasons: REPORT_REASONS, noteMax: REPORT_NOTE_MAX },
  };
}

// Choosing a package or reporting changes nothing the loader shows; reloading would count a view.
// Another page of reviews (`?reviews=`) is new data and loads.
export function shouldRevalidate({ formMethod, currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod.toUpperCase() !== "GET") return false;
  const samePage = currentUrl.searchParams.get("reviews") === nextUrl.searchParams.get("reviews");
  if (currentUrl.pathname === nextUrl.pathname && samePage) return false;
  return defaultShouldRevalidate;
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  const values = { reason: textField(form, "reason"), note: textField(form, "note") };
  try {
    // Unchecked form values: the domain validates them (field errors on `reason` and `note`).
    await reportGig(context.db, user.id, textField(form, "gigId"), values as ReportGigValues);
  } catch (error) {
    return formErrorResponse(error, { form: "report" as const, values, done: false });
  }
  return { form: "report" as const, values: null, done: true, errors: null };
}

// A gig buyers cannot order (unknown, unpublished, or its seller suspended) is a 404 that says so.
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ListingErrorPage kind="gig" error={error} />;
}

export default function GigPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const { gig, signedIn, report, reviews } = loaderData;
  const title = pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, locale);
  const category = pickLocalized({ ur: gig.category.nameUr, en: gig.category.nameEn }, locale);

  return (
    <Container className="flex flex-col gap-8 py-8">
      <title>{`${title?.text ?? gig.slug} · ${t("common:appName")}`}</title>
      {gig.viewer.isOwner || gig.viewer.isAdmin ? <GigOwnerNotice gig={gig} /> : null}
      <header className="flex flex-col gap-2">
        <p className="text-sm text-emerald-800" lang={category?.lang}>
          {category?.text}
        </p>
        <h1 lang={title?.lang} dir="auto" className="text-3xl font-bold">
          {title?.text ?? gig.slug}
        </h1>
      </header>
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <GigGallery images={gig.images} title={title?.text ?? ""} />
          <PackagePicker packages={gig.packages} />
          {signedIn && !gig.viewer.isOwner ? <ExtraChoices extras={gig.extras} /> : null}
          <GigActions gig={gig} signedIn={signedIn} />
          <GigDetails gig={gig} />
          <ReviewSection {...reviews} rating={gig.rating} ratingCount={gig.ratingCount} />
          {signedIn && !gig.viewer.isOwner ? (
            <ReportGigForm
              target={{ kind: "gig", gigId: gig.id }}
              reasons={report.reasons}
              noteMax={report.noteMax}
              result={actionData?.form === "report" ? actionData : undefined}
            />
          ) : null}
        </div>
        <aside className="flex flex-col gap-4">
          <SellerCard seller={gig.seller} />
        </aside>
      </div>
    </Container>
  );
}
