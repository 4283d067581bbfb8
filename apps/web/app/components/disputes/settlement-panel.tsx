import type { DisputePage } from "@hunar/disputes/read/get-dispute-page";
import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { resultFor } from "./dispute-result.ts";
import { SplitField } from "./split-field.tsx";

/**
 * Settling without an admin: every proposal made, the one on the table with accept and decline
 * for the other party (withdraw for its proposer), and the form to propose a split.
 */
export function SettlementPanel({ page, result }: { page: DisputePage; result?: unknown }) {
  const { t } = useTranslation("disputes");
  const locale = useLocale();
  const message = useMessage();
  const proposed = resultFor(result, "propose");
  const answered = resultFor(result, "answerProposal");
  const nameOf = (userId: string) => (userId === page.client.id ? page.client.displayName : page.freelancer.displayName);
  if (page.proposals.length === 0 && !page.can.propose) return null;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("settlement.heading")}</h2>
      <p className="text-stone-700">{t("settlement.intro")}</p>
      {answered?.errors.form ? <Alert tone="error">{message(answered.errors.form)}</Alert> : null}
      {page.proposals.length > 0 ? (
        <ol className="flex flex-col gap-3">
          {page.proposals.map((proposal) => (
            <li key={proposal.id} className="flex flex-col gap-2 rounded-md border border-stone-200 p-3">
              <p>
                {t("settlement.proposal", {
                  name: nameOf(proposal.proposerId),
                  freelancerAmount: money(proposal.freelancerPaisa, locale),
                  clientAmount: money(proposal.clientPaisa, locale),
                })}
              </p>
              <p className="text-sm text-stone-600">
                {t(`settlement.statuses.${proposal.status}`)} ·{" "}
                {formatDate(proposal.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {page.can.answerProposalId === proposal.id ? (
                <Form method="post" action="?intent=answerProposal" className="flex flex-wrap gap-2">
                  <input type="hidden" name="proposalId" value={proposal.id} />
                  <Button type="submit" name="answer" value="accept">
                    {t("settlement.accept")}
                  </Button>
                  <Button type="submit" name="answer" value="decline" variant="secondary">
                    {t("settlement.decline")}
                  </Button>
                </Form>
              ) : null}
              {page.can.withdrawProposalId === proposal.id ? (
                <Form method="post" action="?intent=answerProposal">
                  <input type="hidden" name="proposalId" value={proposal.id} />
                  <Button type="submit" name="answer" value="withdraw" variant="secondary">
                    {t("settlement.withdraw")}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {page.can.propose ? (
        <Form method="post" action="?intent=propose" preventScrollReset className="flex flex-col gap-3 border-t border-stone-200 pt-4">
          <h3 className="text-lg font-semibold">{t("settlement.proposeHeading")}</h3>
          {proposed?.errors.form ? <Alert tone="error">{message(proposed.errors.form)}</Alert> : null}
          <SplitField
            escrowPaisa={page.dispute.escrowPaisa}
            defaultValue={proposed?.values.freelancerRupees}
            error={message(proposed?.errors.fields.freelancerPaisa ?? proposed?.errors.fields.clientPaisa)}
          />
          <div>
            <Button type="submit">{t("settlement.propose")}</Button>
          </div>
        </Form>
      ) : null}
    </Card>
  );
}
