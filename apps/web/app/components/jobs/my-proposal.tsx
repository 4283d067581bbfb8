import type { Locale } from "@hunar/i18n/config";
import { bidiIsolate, formatDate, formatMoney, formatNumber } from "@hunar/i18n/format";
import { Button } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import type { JobPageResult } from "./job-page-result.ts";
import { ProposalStatusBadge } from "./status-badges.tsx";

export interface MyProposalView {
  status: string;
  bidPaisa: number;
  deliveryDays: number;
  declineReason: string | null;
  createdAt: Date | string;
}

/** The freelancer's own proposal on this job: where it stands, and taking it back while unanswered. */
export function MyProposal({ proposal, result }: { proposal: MyProposalView; result: JobPageResult | undefined }) {
  const { t, i18n } = useTranslation("proposals");
  const locale = i18n.language as Locale;
  const unanswered = proposal.status === "SUBMITTED" || proposal.status === "SHORTLISTED";
  const withdraw = result?.form === "withdraw" ? result : undefined;
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-bold">{t("mine.onThisJob")}</h2>
        <ProposalStatusBadge status={proposal.status} />
      </div>
      {result?.form === "editProposal" && result.done ? (
        <p role="status" className="text-emerald-800">
          {t("mine.edited")}
        </p>
      ) : null}
      <p>
        {t("list.bid", { amount: bidiIsolate(formatMoney(proposal.bidPaisa, locale), locale) })}
        {" · "}
        {t("list.days", { count: proposal.deliveryDays, formatted: formatNumber(proposal.deliveryDays, locale) })}
      </p>
      <p className="text-sm text-stone-600">{t("mine.sentOn", { date: formatDate(proposal.createdAt, locale, { dateStyle: "long" }) })}</p>
      {proposal.declineReason ? (
        <p>
          {t("list.declineReason")} <bdi>{proposal.declineReason}</bdi>
        </p>
      ) : null}
      {unanswered ? (
        <Form method="post" className="flex flex-col gap-2">
          <input type="hidden" name="intent" value="withdraw" />
          <FormErrorAlert error={withdraw?.errors?.form} />
          <div>
            <Button type="submit" variant="secondary">
              {t("mine.withdraw")}
            </Button>
          </div>
        </Form>
      ) : null}
    </Card>
  );
}
