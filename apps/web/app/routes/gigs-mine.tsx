import { listMyGigs } from "@hunar/gigs/list-my-gigs";
import { pauseGig, resumeGig } from "@hunar/gigs/pause-gig";
import { submitGig } from "@hunar/gigs/submit-gig";
import type { Locale } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { buttonClassName } from "@hunar/ui/button";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link, useSearchParams } from "react-router";
import { MyGigRow } from "#app/components/gigs/my-gig-row.tsx";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { GIG_IMAGE_WIDTHS } from "@hunar/gigs/images/limits";
import { gigImageUrl } from "@hunar/gigs/images/gig-image-urls";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/gigs-mine";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const gigs = await listMyGigs(context.db, user.id);
  return {
    gigs: gigs.map(({ image, ...gig }) => ({
      ...gig,
      thumbnail: image ? gigImageUrl(image.storageKey, GIG_IMAGE_WIDTHS.thumbnail) : null,
    })),
  };
}

const CHANGES = { pause: pauseGig, resume: resumeGig, submit: submitGig } as const;

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  const intent = textField(form, "intent");
  const gigId = textField(form, "gigId");
  if (!(intent in CHANGES)) throw data({ messageKey: "errors:invalid" }, { status: 400 });
  try {
    const gig = await CHANGES[intent as keyof typeof CHANGES](context.db, { userId: user.id, isAdmin: user.isAdmin }, gigId);
    return { gigId, done: intent, status: gig.status, errors: null };
  } catch (error) {
    return formErrorResponse(error, { gigId, done: null });
  }
}

const DONE_MESSAGES = ["saved", "submitted", "editSent"] as const;

export default function MyGigs({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("pages");
  const locale = i18n.language as Locale;
  const [params] = useSearchParams();
  const done = DONE_MESSAGES.find((key) => key === params.get("done"));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("nav.myGigs")} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("nav.myGigs")}</h1>
        <Link to="/gigs/new" className={buttonClassName("primary")}>
          {t("nav.createGig")}
        </Link>
      </div>
      {done && !actionData ? <Alert tone="success">{t(`myGigs.done.${done}`)}</Alert> : null}
      {actionData?.done ? <Alert tone="success">{t(`myGigs.changed.${actionData.done}`)}</Alert> : null}
      <FormErrorAlert error={actionData?.errors?.form} />
      {loaderData.gigs.length === 0 ? (
        <p className="text-stone-700">{t("myGigs.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {loaderData.gigs.map((gig) => (
            <li key={gig.id}>
              <MyGigRow gig={gig} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
