import type { Locale } from "@hunar/i18n/config";
import { bidiIsolate, formatDate, formatMoney, formatNumber } from "@hunar/i18n/format";
import { Button, buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { SellerCard, type SellerView } from "#app/components/gigs/seller-card.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import type { Message } from "#app/utils/form-errors.ts";
import { ProposalStatusBadge } from "./status-badges.tsx";

export interface ProposalView {
  id: string;
  freelancerId: string;
  coverLetter: string;
  bidPaisa: number;
  deliveryDays: number;
  status: string;
  declineReason: string | null;
  createdAt: Date | string;
  milestones: { title: string; amountPaisa: number; dueDays: number }[] | null;
  freelancer: SellerView | null;
}

export interface ProposalActionResult {
  proposalId: string;
  errors: { fields: Record<string, Message>; form?: Message } | null;
}

/** One proposal as the client weighs it: who, the bid and plan, the letter, and the answers. */
export function ProposalCard({
  proposal,
  result,
  jobOpen,
}: {
  proposal: ProposalView;
  result: ProposalActionResult | undefined;
  jobOpen: boolean;
}) {
  const { t, i18n } = useTranslation("proposals");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const money = (paisa: number) => bidiIsolate(formatMoney(paisa, locale), locale);
  const days = (count: number) => t("list.days", { count, formatted: formatNumber(count, locale) });
  const answerable = jobOpen && (proposal.status === "SUBMITTED" || proposal.status === "SHORTLISTED");
  const mine = result?.proposalId === proposal.id ? result : undefined;
  return (
    <article className="grid gap-4 md:grid-cols-[16rem_1fr]">
      {proposal.freelancer ? (
        <SellerCard seller={proposal.freelancer} label={t("list.aboutFreelancer")} />
      ) : (
        <Card>{t("list.freelancerGone")}</Card>
      )}
      <Card className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <ProposalStatusBadge status={proposal.status} />
          <p className="font-semibold">{t("list.bid", { amount: money(proposal.bidPaisa) })}</p>
          <p>{days(proposal.deliveryDays)}</p>
          <p className="text-sm text-stone-600">{formatDate(proposal.createdAt, locale, { dateStyle: "medium" })}</p>
        </div>
        <p dir="auto" className="whitespace-pre-line">
          {proposal.coverLetter}
        </p>
        {proposal.milestones ? (
          <div className="flex flex-col gap-1">
            <h3 className="font-semibold">{t("list.milestones")}</h3>
            <ol className="flex list-decimal flex-col gap-1 ps-6">
              {proposal.milestones.map((milestone, index) => (
                <li key={index}>
                  <bdi>{milestone.title}</bdi>
                  {" · "}
                  {money(milestone.amountPaisa)}
                  {" · "}
                  {t("list.dueDay", { day: formatNumber(milestone.dueDays, locale) })}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        {proposal.declineReason ? (
          <p>
            {t("list.declineReason")} <bdi>{proposal.declineReason}</bdi>
          </p>
        ) : null}
        <FormErrorAlert error={mine?.errors?.fields.reason ? undefined : mine?.errors?.form} />
        <div className="flex flex-wrap items-end gap-3">
          <Link
            to={`/messages/start?otherUserId=${encodeURIComponent(proposal.freelancerId)}&proposalId=${encodeURIComponent(proposal.id)}`}
            className={buttonClassName("ghost")}
          >
            {t("list.message")}
          </Link>
          {answerable ? (
            <>
              <Form method="post">
                <input type="hidden" name="proposalId" value={proposal.id} />
                <Button type="submit" name="intent" value="accept">
                  {t("list.accept")}
                </Button>
              </Form>
              {proposal.status === "SUBMITTED" ? (
                <Form method="post">
                  <input type="hidden" name="proposalId" value={proposal.id} />
                  <Button type="submit" name="intent" value="shortlist" variant="secondary">
                    {t("list.shortlist")}
                  </Button>
                </Form>
              ) : null}
            </>
          ) : null}
        </div>
        {answerable ? (
          <Form method="post" className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="proposalId" value={proposal.id} />
            <TextField
              name="reason"
              label={t("list.reasonLabel")}
              dir="auto"
              maxLength={500}
              className="min-w-0 flex-1"
              error={message(mine?.errors?.fields.reason)}
            />
            <Button type="submit" name="intent" value="decline" variant="danger">
              {t("list.decline")}
            </Button>
          </Form>
        ) : null}
      </Card>
    </article>
  );
}
