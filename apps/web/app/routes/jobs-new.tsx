import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { emptyJobFields } from "#app/components/jobs/job-form-data.ts";
import { JobForm } from "#app/components/jobs/job-form.tsx";
import { saveJobFromForm } from "#app/components/jobs/save-job.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/jobs-new";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireUser(request, context);
  return { categories: await cachedCategoryTree(context.db) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return saveJobFromForm(request, context, user.id, null);
}

export default function NewJob({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("jobs");
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("form.newTitle")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{t("form.newTitle")}</h1>
        <p className="text-stone-700">{t("form.newIntro")}</p>
      </div>
      <JobForm
        fields={actionData?.fields ?? emptyJobFields()}
        errors={actionData?.errors.fields}
        formError={actionData?.errors.form}
        categories={loaderData.categories}
        submitLabel={t("form.post")}
      />
    </Container>
  );
}
