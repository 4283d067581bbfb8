import type { Locale } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { SelectField } from "@hunar/ui/select";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";
import type { Message } from "#app/utils/form-errors.ts";
import { pickLocalized } from "#app/utils/localized.ts";

export interface InvitableJob {
  id: string;
  titleUr: string | null;
  titleEn: string | null;
  invited: boolean;
}

export interface InviteToJobResult {
  invitedTo: string | null;
  errors: { fields: Record<string, Message>; form?: Message } | null;
}

/**
 * On a freelancer's profile, for a client with open jobs: invite them to one (a plain POST to the
 * profile). Jobs they were invited to already are listed as links instead of offered again.
 */
export function InviteToJob({ name, jobs, result }: { name: string; jobs: InvitableJob[]; result: InviteToJobResult | undefined }) {
  const { t, i18n } = useTranslation("jobs");
  const locale = i18n.language as Locale;
  const title = (job: InvitableJob) => pickLocalized({ ur: job.titleUr, en: job.titleEn }, locale)?.text ?? t("page.untitled");
  const open = jobs.filter((job) => !job.invited);
  const invited = jobs.filter((job) => job.invited);
  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">{t("profileInvite.inviteTitle")}</h2>
      {result?.invitedTo ? <Alert tone="success">{t("profileInvite.invited", { name })}</Alert> : null}
      <FormErrorAlert error={result?.errors?.form} />
      {open.length > 0 ? (
        <Form method="post" className="flex flex-col gap-3">
          <input type="hidden" name="intent" value="invite" />
          <SelectField name="jobId" label={t("profileInvite.inviteJob")}>
            {open.map((job) => (
              <option key={job.id} value={job.id} dir="auto">
                {title(job)}
              </option>
            ))}
          </SelectField>
          <div>
            <Button type="submit" variant="secondary">
              {t("profileInvite.inviteSubmit")}
            </Button>
          </div>
        </Form>
      ) : null}
      {invited.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm">
          {invited.map((job) => (
            <li key={job.id}>
              <Link to={`/jobs/${encodeURIComponent(job.id)}`} className="text-emerald-800 underline">
                <bdi>{title(job)}</bdi>
              </Link>{" "}
              <span className="text-stone-600">({t("profileInvite.invitedTo")})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
