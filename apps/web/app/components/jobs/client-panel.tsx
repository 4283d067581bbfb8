import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { CLARIFICATION_MAX } from "@hunar/proposals/jobs/add-clarification";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import type { JobPageResult } from "./job-page-result.ts";

/**
 * The client's tools on their own job: edit (only before the first proposal: afterwards the
 * proposals answer what it said), the proposals, a clarification, an invitation, closing it.
 */
export function ClientPanel({
  job,
  result,
}: {
  job: { id: string; status: string; proposalCount: number };
  result: JobPageResult | undefined;
}) {
  const { t } = useTranslation("jobs");
  const message = useMessage();
  const href = `/jobs/${encodeURIComponent(job.id)}`;
  const open = job.status === "OPEN";
  const mine = (form: JobPageResult["form"]) => (result?.form === form ? result : undefined);
  const clarify = mine("clarify");
  const invite = mine("invite");
  const close = mine("close");
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-bold">{t("page.clientTools")}</h2>
      <div className="flex flex-wrap gap-3">
        <Link to={`${href}/proposals`} className={buttonClassName("primary")}>
          {t("page.viewProposals")}
        </Link>
        {open && job.proposalCount === 0 ? (
          <Link to={`${href}/edit`} className={buttonClassName("secondary")}>
            {t("page.edit")}
          </Link>
        ) : null}
      </div>
      {open ? (
        <>
          <Form method="post" className="flex flex-col gap-3">
            <input type="hidden" name="intent" value="clarify" />
            {clarify?.done ? <Alert tone="success">{t("page.clarificationAdded")}</Alert> : null}
            <FormErrorAlert error={clarify?.errors?.fields.body ? undefined : clarify?.errors?.form} />
            <TextAreaField
              name="body"
              label={t("page.clarificationLabel")}
              hint={t("page.clarificationHelp")}
              dir="auto"
              rows={3}
              maxLength={CLARIFICATION_MAX}
              defaultValue={clarify?.values?.body ?? ""}
              error={message(clarify?.errors?.fields.body)}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t("page.addClarification")}
              </Button>
            </div>
          </Form>
          <Form method="post" className="flex flex-col gap-3">
            <input type="hidden" name="intent" value="invite" />
            {invite?.done ? <Alert tone="success">{t("page.invited")}</Alert> : null}
            <FormErrorAlert error={invite?.errors?.fields.handle ? undefined : invite?.errors?.form} />
            <TextField
              name="handle"
              label={t("page.inviteLabel")}
              hint={t("page.inviteHelp")}
              dir="ltr"
              autoComplete="off"
              defaultValue={invite?.values?.handle ?? ""}
              error={message(invite?.errors?.fields.handle)}
            />
            <div>
              <Button type="submit" variant="secondary">
                {t("page.invite")}
              </Button>
            </div>
          </Form>
          <Form method="post" className="flex flex-col gap-2 border-t border-stone-200 pt-4">
            <input type="hidden" name="intent" value="close" />
            <FormErrorAlert error={close?.errors?.form} />
            <p className="text-sm text-stone-600">{t("page.closeHelp")}</p>
            <div>
              <Button type="submit" variant="danger">
                {t("page.close")}
              </Button>
            </div>
          </Form>
        </>
      ) : null}
    </Card>
  );
}
