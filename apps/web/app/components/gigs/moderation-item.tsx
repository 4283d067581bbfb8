import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatMoney } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { FormErrors } from "#app/utils/form-errors.ts";
import { gigHref, sellerHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { GigStatusBadge } from "./gig-status-badge.tsx";

type Target = { kind: "SUBMISSION"; gigId: string } | { kind: "REVISION"; revisionId: string } | { kind: "REPORT"; reportId: string };

interface Person {
  id: string;
  displayName: string;
  handle: string | null;
}

export type ModerationItemView = Target & {
  since: Date | string;
  gig: {
    id: string;
    slug: string;
    titleUr: string | null;
    titleEn: string | null;
    status: string;
    startingPricePaisa: number | null;
    freelancer: Person;
  };
  revision?: { titleUr?: string | null; titleEn?: string | null } | null;
  report?: { reason: string; note: string | null; reporter: Person } | null;
};

/** The queue item's own id: forms post it back and the answer is shown on that item only. */
export function moderationItemKey(target: Target): string {
  if (target.kind === "SUBMISSION") return `SUBMISSION:${target.gigId}`;
  if (target.kind === "REVISION") return `REVISION:${target.revisionId}`;
  return `REPORT:${target.reportId}`;
}

function targetId(target: Target): string {
  if (target.kind === "SUBMISSION") return target.gigId;
  if (target.kind === "REVISION") return target.revisionId;
  return target.reportId;
}

/**
 * One thing waiting for a decision. Every decision needs a reason for the audit log; reject and
 * request changes also send it to the freelancer. For a report, approve keeps the gig up and
 * reject takes it down.
 */
export function ModerationItemCard({
  item,
  result,
}: {
  item: ModerationItemView;
  result: { errors: FormErrors | null; values: { reason: string } | null } | undefined;
}) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const title = pickLocalized({ ur: item.gig.titleUr, en: item.gig.titleEn }, locale);
  const proposed = item.revision ? pickLocalized({ ur: item.revision.titleUr, en: item.revision.titleEn }, locale) : null;
  const freelancerHref = sellerHref(item.gig.freelancer);
  const isReport = item.kind === "REPORT";
  const headingId = `moderation-${moderationItemKey(item).replace(":", "-")}`;
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded bg-stone-800 px-2 py-0.5 font-semibold text-white">{t(`gigs:moderation.${item.kind}`)}</span>
        <GigStatusBadge status={item.gig.status} />
        <span className="text-stone-600">
          {t("gigs:moderation.waitingSince", { date: formatDate(item.since, locale, { dateStyle: "medium", timeStyle: "short" }) })}
        </span>
      </div>
      <h2 id={headingId} className="text-lg font-semibold">
        <Link to={gigHref(item.gig)} lang={title?.lang} dir="auto" className="text-emerald-800 hover:underline">
          {title?.text ?? item.gig.slug}
        </Link>
      </h2>
      <p className="text-sm text-stone-700">
        {t("moderation.by")}{" "}
        {freelancerHref ? (
          <Link to={freelancerHref} className="hover:underline">
            <bdi>{item.gig.freelancer.displayName}</bdi>
          </Link>
        ) : (
          <bdi>{item.gig.freelancer.displayName}</bdi>
        )}
        {item.gig.startingPricePaisa !== null ? <> · {formatMoney(item.gig.startingPricePaisa, locale)}</> : null}
      </p>
      {proposed ? (
        <p className="text-sm">
          {t("moderation.proposedTitle")}{" "}
          <bdi lang={proposed.lang} className="font-medium">
            {proposed.text}
          </bdi>
        </p>
      ) : null}
      {item.report ? (
        <div className="rounded-md bg-red-50 p-3 text-sm">
          <p className="font-semibold">{t(`gigs:reportReason.${item.report.reason}`)}</p>
          {item.report.note ? (
            <p dir="auto" className="whitespace-pre-line">
              {item.report.note}
            </p>
          ) : null}
          <p className="text-stone-600">
            {t("moderation.reportedBy")} <bdi>{item.report.reporter.displayName}</bdi>
          </p>
        </div>
      ) : null}
      {result?.errors?.form ? <Alert tone="error">{message(result.errors.form)}</Alert> : null}
      <Form method="post" aria-labelledby={headingId} className="flex flex-col gap-3">
        <input type="hidden" name="kind" value={item.kind} />
        <input type="hidden" name="targetId" value={targetId(item)} />
        <TextAreaField
          name="reason"
          label={t("gigs:moderation.reason")}
          hint={t("moderation.reasonHint")}
          dir="auto"
          rows={2}
          required
          maxLength={1000}
          defaultValue={result?.values?.reason ?? ""}
          error={message(result?.errors?.fields.reason)}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="decision" value="approve">
            {isReport ? t("gigs:moderation.keep") : t("gigs:moderation.approve")}
          </Button>
          <Button type="submit" name="decision" value="requestChanges" variant="secondary">
            {t("gigs:moderation.requestChanges")}
          </Button>
          <Button type="submit" name="decision" value="reject" variant="danger">
            {isReport ? t("gigs:moderation.takeDown") : t("gigs:moderation.reject")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
