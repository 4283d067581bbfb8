import { APPEAL_DAYS, DECISION_REASON_MAX, STATEMENT_MAX } from "@hunar/disputes/dispute-rules";
import type { DisputePage } from "@hunar/disputes/read/get-dispute-page";
import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { ChoiceGroup } from "@hunar/ui/choice-group";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { money, useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { resultFor } from "./dispute-result.ts";
import { SplitField } from "./split-field.tsx";

/** The outcomes so far (the parties' agreement, an admin's decision, the appeal's), each with its reason, and the appeal form while it is open. */
export function OutcomePanel({ page, result }: { page: DisputePage; result?: unknown }) {
  const { t } = useTranslation("disputes");
  const locale = useLocale();
  const message = useMessage();
  const appealed = resultFor(result, "appeal");
  if (page.decisions.length === 0 && !page.can.appeal) return null;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("outcome.heading")}</h2>
      <ol className="flex flex-col gap-3">
        {page.decisions.map((decision) => (
          <li key={decision.round} className="flex flex-col gap-1 rounded-md border border-stone-200 p-3">
            <p className="font-semibold">
              {decision.round === 2
                ? t("outcome.appealBy", { name: decision.deciderName ?? "" })
                : decision.deciderName
                  ? t("outcome.decidedBy", { name: decision.deciderName })
                  : t("outcome.agreed")}
            </p>
            <p>
              {t(`outcome.resolutions.${decision.resolution}`)}{" "}
              {t("outcome.split", {
                freelancerAmount: money(decision.freelancerPaisa, locale),
                clientAmount: money(decision.clientPaisa, locale),
              })}
            </p>
            {decision.reason ? (
              <p dir="auto" className="whitespace-pre-line text-stone-800">
                {decision.reason}
              </p>
            ) : null}
            <p className="text-sm text-stone-600">{formatDate(decision.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}</p>
          </li>
        ))}
      </ol>
      {page.dispute.status === "APPEALED" ? <p className="text-stone-700">{t("outcome.appealWaiting")}</p> : null}
      {page.can.appeal ? (
        <Form method="post" action="?intent=appeal" className="flex flex-col gap-3 border-t border-stone-200 pt-4">
          <h3 className="text-lg font-semibold">{t("outcome.appealHeading")}</h3>
          <p className="text-stone-700">{t("outcome.appealIntro", { days: APPEAL_DAYS })}</p>
          {appealed?.errors.form ? <Alert tone="error">{message(appealed.errors.form)}</Alert> : null}
          <TextAreaField
            name="reason"
            label={t("outcome.appealReason")}
            dir="auto"
            rows={4}
            required
            maxLength={STATEMENT_MAX}
            defaultValue={appealed?.values.reason ?? ""}
            error={message(appealed?.errors.fields.reason)}
          />
          <div>
            <Button type="submit">{t("outcome.appealSubmit")}</Button>
          </div>
        </Form>
      ) : null}
    </Card>
  );
}

/** An admin's decision (or the appeal's): release, refund or a split in rupees, with the reason both parties will read. */
export function DecideForm({ page, intent, result }: { page: DisputePage; intent: "decide" | "decideAppeal"; result?: unknown }) {
  const { t } = useTranslation("disputes");
  const message = useMessage();
  const failed = resultFor(result, intent);
  const field = (name: string) => message(failed?.errors.fields[name]);
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{intent === "decide" ? t("decide.heading") : t("decide.appealHeading")}</h2>
      <Form method="post" action={`?intent=${intent}`} className="flex flex-col gap-4">
        {failed?.errors.form ? <Alert tone="error">{message(failed.errors.form)}</Alert> : null}
        <ChoiceGroup
          name="resolution"
          legend={t("decide.resolution")}
          required
          defaultValue={failed?.values.resolution ?? ""}
          error={field("resolution")}
          choices={[
            { value: "RELEASE", label: t("decide.release") },
            { value: "REFUND", label: t("decide.refund") },
            { value: "SPLIT", label: t("decide.split") },
          ]}
        />
        <SplitField
          escrowPaisa={page.dispute.escrowPaisa}
          defaultValue={failed?.values.freelancerRupees}
          error={field("freelancerPaisa") ?? field("clientPaisa")}
          required={false}
        />
        <p className="text-sm text-stone-600">{t("decide.splitNote")}</p>
        <TextAreaField
          name="reason"
          label={t("decide.reason")}
          hint={t("decide.reasonHint")}
          dir="auto"
          rows={5}
          required
          maxLength={DECISION_REASON_MAX}
          defaultValue={failed?.values.reason ?? ""}
          error={field("reason")}
        />
        <div>
          <Button type="submit">{intent === "decide" ? t("decide.submit") : t("decide.appealSubmit")}</Button>
        </div>
      </Form>
    </Card>
  );
}
