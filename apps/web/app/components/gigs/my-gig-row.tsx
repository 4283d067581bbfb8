import type { Locale } from "@hunar/i18n/config";
import { formatMoney, formatNumber } from "@hunar/i18n/format";
import { Button, buttonClassName } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { GigStatusBadge } from "./gig-status-badge.tsx";

export interface MyGigView {
  id: string;
  slug: string;
  status: string;
  titleUr: string | null;
  titleEn: string | null;
  rejectionReason: string | null;
  startingPricePaisa: number | null;
  viewCount: number;
  ordersCompleted: number;
  activeOrders: number;
  pendingRevision: boolean;
  thumbnail: string | null;
}

/** One of the freelancer's gigs: where it stands, its numbers, and what can be done with it now. */
export function MyGigRow({ gig, locale }: { gig: MyGigView; locale: Locale }) {
  const { t } = useTranslation("pages");
  const title = pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, locale);
  const change = (intent: "pause" | "resume" | "submit", label: string, variant: "primary" | "secondary" = "secondary") => (
    <Form method="post">
      <input type="hidden" name="gigId" value={gig.id} />
      <Button type="submit" name="intent" value={intent} variant={variant} size="sm">
        {label}
      </Button>
    </Form>
  );
  return (
    <Card className="flex flex-col gap-4 sm:flex-row">
      <div className="aspect-[4/3] w-full shrink-0 overflow-hidden rounded-md bg-stone-100 sm:w-40">
        {gig.thumbnail ? <img src={gig.thumbnail} alt="" className="size-full object-cover" loading="lazy" /> : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <GigStatusBadge status={gig.status} />
          {gig.status === "DRAFT" && gig.rejectionReason ? (
            <span className="text-sm text-amber-900">{t("gigs:status.changesRequested")}</span>
          ) : null}
          {gig.pendingRevision ? <span className="text-sm text-amber-900">{t("gigs:status.editPending")}</span> : null}
        </div>
        <h2 className="text-lg font-semibold">
          <Link to={gigHref(gig)} lang={title?.lang} dir="auto" className="hover:underline">
            {title?.text ?? gig.slug}
          </Link>
        </h2>
        {gig.rejectionReason ? (
          <p className="text-sm text-stone-700">
            {gig.status === "REJECTED" ? t("myGigs.rejectedReason") : t("myGigs.reason")} <bdi>{gig.rejectionReason}</bdi>
          </p>
        ) : null}
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
          <div className="flex gap-1">
            <dt>{t("myGigs.views")}</dt>
            <dd className="font-semibold">{formatNumber(gig.viewCount, locale)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("myGigs.orders")}</dt>
            <dd className="font-semibold">{formatNumber(gig.ordersCompleted, locale)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("myGigs.activeOrders")}</dt>
            <dd className="font-semibold">{formatNumber(gig.activeOrders, locale)}</dd>
          </div>
          {gig.startingPricePaisa !== null ? (
            <div className="flex gap-1">
              <dt>{t("myGigs.startingPrice")}</dt>
              <dd className="font-semibold">{formatMoney(gig.startingPricePaisa, locale)}</dd>
            </div>
          ) : null}
        </dl>
        <div className="flex flex-wrap items-center gap-2">
          {gig.status === "REJECTED" ? null : (
            <Link to={`/gigs/${encodeURIComponent(gig.id)}/edit`} className={buttonClassName("secondary", "sm")}>
              {t("myGigs.edit")}
            </Link>
          )}
          {gig.status === "DRAFT" ? change("submit", t("gigs:form.submitForReview"), "primary") : null}
          {gig.status === "PUBLISHED" ? change("pause", t("gigs:form.pause")) : null}
          {gig.status === "PAUSED" ? change("resume", t("gigs:form.resume")) : null}
        </div>
      </div>
    </Card>
  );
}
