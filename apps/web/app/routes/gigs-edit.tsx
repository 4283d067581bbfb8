import { cachedCategoryTree } from "@hunar/gigs/catalog/cached-catalog";
import { loadGigFormValues } from "@hunar/gigs/gig-form-values";
import { GIG_IMAGE_WIDTHS } from "@hunar/gigs/images/limits";
import { gigImageUrl } from "@hunar/gigs/images/gig-image-urls";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { GigForm } from "#app/components/gig-form/gig-form.tsx";
import { GigStatusBadge } from "#app/components/gigs/gig-status-badge.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { saveGigFromForm } from "#app/utils/gig-form-action.server.ts";
import { gigFieldsFromValues } from "#app/utils/gig-form-data.ts";
import { gigHref } from "#app/utils/gig-links.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/gigs-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const [loaded, categories] = await Promise.all([
    orPageError(loadGigFormValues(context.db, { userId: user.id, isAdmin: user.isAdmin }, params.gigId)),
    cachedCategoryTree(context.db),
  ]);
  return {
    gig: loaded.gig,
    pendingRevision: loaded.pendingRevisionId !== null,
    fields: gigFieldsFromValues(loaded.values),
    images: loaded.images.map((image) => ({ id: image.id, src: gigImageUrl(image.storageKey, GIG_IMAGE_WIDTHS.thumbnail) })),
    categories,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return saveGigFromForm(request, context, user, params.gigId);
}

export default function EditGig({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("pages");
  const { gig, pendingRevision } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("gigForm.editTitle")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col items-start gap-2">
        <h1 className="text-3xl font-bold">{t("gigForm.editTitle")}</h1>
        <p className="flex flex-wrap items-center gap-3">
          <GigStatusBadge status={gig.status} />
          <Link to={gigHref(gig)} className="text-emerald-800 underline underline-offset-4">
            {t("gigForm.viewGig")}
          </Link>
        </p>
      </div>
      {pendingRevision ? <Alert tone="info">{t("gigs:form.editPendingNotice")}</Alert> : null}
      {gig.rejectionReason ? (
        <Alert tone={gig.status === "REJECTED" ? "error" : "info"}>
          {t("myGigs.reason")} <bdi>{gig.rejectionReason}</bdi>
        </Alert>
      ) : null}
      {gig.status === "REJECTED" ? (
        <Alert tone="error">{t("gigs:errors.rejectedFinal")}</Alert>
      ) : (
        <GigForm
          fields={actionData?.fields ?? loaderData.fields}
          errors={actionData?.errors.fields}
          formError={actionData?.errors.form}
          categories={loaderData.categories}
          images={actionData?.images ?? loaderData.images}
          status={gig.status}
        />
      )}
    </Container>
  );
}
