import { loadSellerProfile } from "@hunar/gigs/catalog/seller-profile";
import { reportUser } from "@hunar/gigs/report-user";
import { REPORT_NOTE_MAX, REPORT_REASONS, type ReportGigValues } from "@hunar/gigs/validation";
import { cityName } from "@hunar/i18n/cities";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { listUserReviews } from "@hunar/orders/reviews/list-reviews";
import { listInvitableJobs } from "@hunar/proposals/jobs/invite-candidates";
import { inviteFreelancer } from "@hunar/proposals/jobs/invite-freelancer";
import { loadPublicProfile } from "@hunar/profiles/public-profile";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link, redirect } from "react-router";
import { ContactSellerButton } from "#app/components/chat/contact-seller-button.tsx";
import { GigGrid } from "#app/components/gigs/gig-card.tsx";
import { ListingErrorPage } from "#app/components/gigs/listing-unavailable.tsx";
import { ReportGigForm } from "#app/components/gigs/report-gig-form.tsx";
import { SellerCard } from "#app/components/gigs/seller-card.tsx";
import {
  CertificateList,
  LanguagesAndSkills,
  LastSeen,
  PortfolioGrid,
  VerificationBadges,
} from "#app/components/profiles/profile-sections.tsx";
import { ReviewSection } from "#app/components/reviews/review-section.tsx";
import { InviteToJob } from "#app/components/jobs/invite-to-job.tsx";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { getCurrentSession, requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { imageView } from "#app/utils/gig-cards.server.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/seller-profile";

const REVIEWS_PER_PAGE = 10;
const unavailable = () => data({ messageKey: "gigs:errors.sellerUnavailable" }, { status: 404 });

/**
 * A person's public page at /u/<handle> (and /users/<id> for someone without a handle, which
 * leads to the handle once there is one). The person (name by their privacy choice, photo,
 * headline, bio, languages, portfolio, certificates, badges) comes from the profiles domain, the
 * seller's facts and gigs from gigs, the reviews from orders. Someone who only hires gets the
 * short client view: name, city, member since, orders and their rating as a client.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const by = params.handle !== undefined ? { handle: params.handle } : { id: params.userId ?? "" };
  const person = await loadPublicProfile(context.db, by);
  if (!person) throw unavailable();
  const href = person.handle ? `/u/${person.handle}` : `/users/${person.id}`;
  const url = new URL(request.url);
  if (url.pathname !== href) throw redirect(`${href}${url.search}`, 301);
  const { user } = await getCurrentSession(request, context);
  const viewer = { signedIn: user !== null, isSelf: user?.id === person.id };
  const report = { reasons: REPORT_REASONS, noteMax: REPORT_NOTE_MAX };
  if (!person.isFreelancer) return { person, viewer, report, seller: null, gigs: [], reviews: null, invitableJobs: [] };

  const seller = await loadSellerProfile(context.db, { id: person.id });
  if (!seller) throw unavailable();
  const cursor = url.searchParams.get("reviews");
  const [reviews, invitableJobs] = await Promise.all([
    orPageError(listUserReviews(context.db, person.id, "freelancer", { cursor, limit: REVIEWS_PER_PAGE })),
    user ? listInvitableJobs(context.db, { userId: user.id }, person.id) : [],
  ]);
  // The seller read model's own review rows are not sent: only the revealed, paged ones above.
  const { gigs, reviews: _unpaged, bioUr: _bioUr, bioEn: _bioEn, ...card } = seller;
  return {
    person,
    viewer,
    report,
    seller: { ...card, href: null },
    reviews: { ...reviews, paged: cursor !== null },
    invitableJobs,
    gigs: gigs.map((gig) => ({
      id: gig.id,
      slug: gig.slug,
      titleUr: gig.titleUr,
      titleEn: gig.titleEn,
      startingPricePaisa: gig.startingPricePaisa,
      rating: gig.rating,
      ratingCount: gig.ratingCount,
      sellerName: person.name,
      sellerHref: null,
      city: person.city,
      image: gig.image ? imageView(gig.image) : null,
    })),
  };
}

/**
 * A client invites this freelancer to one of their open jobs (the jobs domain decides whether they
 * may), or anyone signed in reports this person (the gigs domain keeps the report rules).
 */
export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const by = params.handle !== undefined ? { handle: params.handle } : { id: params.userId ?? "" };
  const person = await loadPublicProfile(context.db, by);
  if (!person) throw unavailable();
  const form = await readForm(request);
  const intent = textField(form, "intent");
  if (intent === "report") {
    const values = { reason: textField(form, "reason"), note: textField(form, "note") };
    try {
      // Unchecked form values: the domain validates them (field errors on `reason` and `note`).
      await reportUser(context.db, user.id, person.id, values as ReportGigValues);
    } catch (error) {
      return formErrorResponse(error, { form: "report" as const, invitedTo: null, values, done: false });
    }
    return { form: "report" as const, invitedTo: null, values: null, done: true, errors: null };
  }
  if (intent !== "invite") throw data({ messageKey: "errors:badInput" }, { status: 400 });
  const jobId = textField(form, "jobId");
  try {
    await inviteFreelancer(context.db, { userId: user.id }, jobId, person.id);
  } catch (error) {
    return formErrorResponse(error, { form: "invite" as const, invitedTo: null });
  }
  return { form: "invite" as const, invitedTo: jobId, errors: null };
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <ListingErrorPage kind="seller" error={error} />;
}

export default function SellerProfilePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("profiles");
  const locale = i18n.language as Locale;
  const { person, seller, gigs, viewer, reviews, invitableJobs, report } = loaderData;
  const bio = pickLocalized({ ur: person.bioUr, en: person.bioEn }, locale);
  return (
    <Container className="grid gap-8 py-8 lg:grid-cols-[20rem_1fr]">
      <title>{`${person.name} · ${t("common:appName")}`}</title>
      <aside className="flex flex-col gap-4">
        {person.photo ? (
          <img
            src={person.photo.src}
            srcSet={person.photo.srcSet}
            sizes="8rem"
            width={128}
            height={128}
            alt={t("public.photoAlt", { name: person.name })}
            className="size-32 rounded-full object-cover"
          />
        ) : null}
        {seller ? (
          <SellerCard seller={{ ...seller, displayName: person.name, avatarKey: null }} headingLevel={1} />
        ) : (
          <ClientCard person={person} />
        )}
        <VerificationBadges badges={person.badges} />
        <LastSeen at={person.lastSeenAt} />
        {viewer.isSelf ? (
          <Link to="/account/profile" className="font-semibold text-emerald-800 underline">
            {t("public.editOwn")}
          </Link>
        ) : seller ? (
          <ContactSellerButton sellerId={person.id} signedIn={viewer.signedIn} size="md" />
        ) : null}
        {invitableJobs.length > 0 ? (
          <InviteToJob name={person.name} jobs={invitableJobs} result={actionData?.form === "invite" ? actionData : undefined} />
        ) : null}
        {bio ? (
          <section aria-labelledby="seller-about" className="flex flex-col gap-2">
            <h2 id="seller-about" className="text-lg font-bold">
              {t("pages:profile.about")}
            </h2>
            <p lang={bio.lang} dir="auto" className="whitespace-pre-line text-stone-700">
              {bio.text}
            </p>
          </section>
        ) : null}
        {person.languages.length > 0 || person.skills.length > 0 ? (
          <LanguagesAndSkills languages={person.languages} skills={person.skills} />
        ) : null}
      </aside>
      <div className="flex min-w-0 flex-col gap-8">
        <PortfolioGrid items={person.portfolio} />
        <CertificateList certificates={person.certificates} />
        {seller ? (
          <section aria-labelledby="seller-gigs" className="flex flex-col gap-4">
            <h2 id="seller-gigs" className="text-2xl font-bold">
              {t("pages:profile.gigsTitle", { name: person.name })}
            </h2>
            {gigs.length === 0 ? (
              <p className="text-stone-700">{t("pages:profile.noGigs", { name: person.name })}</p>
            ) : (
              <GigGrid gigs={gigs} locale={locale} narrow />
            )}
          </section>
        ) : null}
        {seller && reviews ? <ReviewSection {...reviews} rating={seller.rating} ratingCount={seller.ratingCount} /> : null}
        {viewer.signedIn && !viewer.isSelf ? (
          <ReportGigForm
            target={{ kind: "user" }}
            reasons={report.reasons}
            noteMax={report.noteMax}
            result={actionData?.form === "report" ? actionData : undefined}
          />
        ) : null}
      </div>
    </Container>
  );
}

/** The short view of someone who hires: who they are and how they are as a client. */
function ClientCard({ person }: { person: Route.ComponentProps["loaderData"]["person"] }) {
  const { t, i18n } = useTranslation("profiles");
  const locale = i18n.language as Locale;
  const { asClient } = person;
  const facts: [string, string][] = [
    [t("public.city"), person.city ? cityName(person.city, locale) : t("public.notGiven")],
    [t("public.memberSince"), formatDate(person.memberSince, locale, { year: "numeric", month: "long" })],
    [t("public.ordersAsClient"), formatNumber(asClient.completedOrders, locale)],
    [
      t("public.ratingAsClient"),
      asClient.rating !== null
        ? t("pages:gigCard.rating", { rating: formatNumber(asClient.rating, locale), count: asClient.ratingCount })
        : t("pages:gigCard.noReviews"),
    ],
  ];
  return (
    <Card className="flex flex-col gap-3">
      <p className="text-sm text-stone-600">{t("public.clientTitle")}</p>
      <h1 className="text-2xl font-bold">
        <bdi>{person.name}</bdi>
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-medium">
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
