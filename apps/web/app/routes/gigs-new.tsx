import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { GigForm } from "#app/components/gig-form/gig-form.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { saveGigFromForm } from "#app/utils/gig-form-action.server.ts";
import { emptyGigFields } from "#app/utils/gig-form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/gigs-new";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireUser(request, context);
  return { categories: await cachedCategoryTree(context.db) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return saveGigFromForm(request, context, user, null);
}

export default function NewGig({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("pages");
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("gigForm.newTitle")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{t("gigForm.newTitle")}</h1>
        <p className="text-stone-700">{t("gigForm.newIntro")}</p>
      </div>
      <GigForm
        fields={actionData?.fields ?? emptyGigFields()}
        errors={actionData?.errors.fields}
        formError={actionData?.errors.form}
        categories={loaderData.categories}
        images={actionData?.images ?? []}
        status={null}
      />
    </Container>
  );
}
