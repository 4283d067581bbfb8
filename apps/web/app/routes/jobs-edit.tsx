import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import { getJob } from "@hunar/proposals/jobs/get-job";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link } from "react-router";
import { jobFieldsFromJob } from "#app/components/jobs/job-form-data.ts";
import { JobForm } from "#app/components/jobs/job-form.tsx";
import { saveJobFromForm } from "#app/components/jobs/save-job.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/jobs-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const [job, categories] = await Promise.all([orPageError(getJob(context.db, params.jobId, user.id)), cachedCategoryTree(context.db)]);
  // Someone who may see the job but did not post it learns no more than a stranger would.
  if (job.clientId !== user.id) throw data({ messageKey: "jobs:errors.notFound" }, { status: 404 });
  return { job: { id: job.id, status: job.status, proposalCount: job.proposalCount }, fields: jobFieldsFromJob(job), categories };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return saveJobFromForm(request, context, user.id, params.jobId);
}

export default function EditJob({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("jobs");
  const { job } = loaderData;
  const editable = job.status === "OPEN" && job.proposalCount === 0;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("form.editTitle")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col items-start gap-2">
        <h1 className="text-3xl font-bold">{t("form.editTitle")}</h1>
        <Link to={`/jobs/${encodeURIComponent(job.id)}`} className="text-emerald-800 underline underline-offset-4">
          {t("form.viewJob")}
        </Link>
      </div>
      {editable ? (
        <JobForm
          fields={actionData?.fields ?? loaderData.fields}
          errors={actionData?.errors.fields}
          formError={actionData?.errors.form}
          categories={loaderData.categories}
          submitLabel={t("form.save")}
        />
      ) : (
        <Alert tone="info">{t(job.status === "OPEN" ? "errors.hasProposals" : "errors.notOpen")}</Alert>
      )}
    </Container>
  );
}
