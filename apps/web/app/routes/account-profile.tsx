import { changeHandle } from "@hunar/profiles/change-handle";
import { loadEditableProfile } from "@hunar/profiles/editable-profile";
import { AVATAR_FIELD, removeAvatar, setAvatar } from "@hunar/profiles/images/avatar";
import { fileError } from "@hunar/profiles/images/image-errors";
import { profileStorage } from "@hunar/profiles/images/profile-files";
import { updatePrivateDetails } from "@hunar/profiles/private-details";
import { updateProfile } from "@hunar/profiles/update-profile";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Link } from "react-router";
import { HandleForm, PhotoForm, PrivateDetailsForm, ProfileDetailsForm } from "#app/components/profiles/profile-editor.tsx";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { postedValues, profileEditFromForm } from "#app/utils/profile-form-values.ts";
import { readProfileForm } from "#app/utils/read-profile-form.server.ts";
import type { Route } from "./+types/account-profile";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const profile = await loadEditableProfile(context.db, user.id);
  if (!profile) throw data({ messageKey: "profiles:errors.profileNotFound" }, { status: 404 });
  return { profile };
}

/** One page, four forms (each its own `_action`): the profile, the address, the photo, the private numbers. */
export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  let read;
  try {
    read = await readProfileForm(request, AVATAR_FIELD);
  } catch (error) {
    return formErrorResponse(error, { form: "photo" as const });
  }
  const { form, file } = read;
  const intent = textField(form, "_action");

  if (intent === "profile") {
    try {
      await updateProfile(context.db, user.id, profileEditFromForm(form));
      return { form: "profile" as const, done: true };
    } catch (error) {
      return formErrorResponse(error, { form: "profile" as const, values: postedValues(form) });
    }
  }
  if (intent === "handle") {
    const values = { handle: textField(form, "handle") };
    try {
      await changeHandle(context.db, user.id, { handle: values.handle, previous: textField(form, "previous") });
      return { form: "handle" as const, done: true };
    } catch (error) {
      return formErrorResponse(error, { form: "handle" as const, values });
    }
  }
  if (intent === "photo") {
    try {
      if (!file) throw fileError(AVATAR_FIELD, "empty");
      await setAvatar(context.db, profileStorage(), { userId: user.id, bytes: file.bytes, signal: request.signal });
      return { form: "photo" as const, done: true };
    } catch (error) {
      return formErrorResponse(error, { form: "photo" as const });
    }
  }
  if (intent === "removePhoto") {
    await removeAvatar(context.db, profileStorage(), user.id);
    return { form: "photo" as const, done: true };
  }
  if (intent === "private") {
    const values = { cnic: textField(form, "cnic"), ntn: textField(form, "ntn"), psebNumber: textField(form, "psebNumber") };
    try {
      await updatePrivateDetails(context.db, user.id, values);
      return { form: "private" as const, done: true };
    } catch (error) {
      return formErrorResponse(error, { form: "private" as const, values });
    }
  }
  throw data({ messageKey: "errors:invalid" }, { status: 400 });
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

export default function AccountProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("profiles");
  const { profile } = loaderData;
  const result = (name: string) => (actionData?.form === name ? actionData : undefined);
  return (
    <Container className="flex flex-col gap-8 py-10">
      <title>{`${t("editor.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("editor.title")}</h1>
        <nav aria-label={t("editor.navLabel")} className="flex flex-wrap gap-4 font-semibold text-emerald-800">
          {profile.handle ? (
            <Link to={`/u/${profile.handle}`} className="underline">
              {t("editor.viewPublic")}
            </Link>
          ) : null}
          <Link to="/account/profile/portfolio" className="underline">
            {t("portfolio.title")}
          </Link>
          <Link to="/account/profile/certificates" className="underline">
            {t("certificates.title")}
          </Link>
        </nav>
      </div>
      <ProfileDetailsForm profile={profile} result={result("profile")} />
      <HandleForm handle={profile.handle} result={result("handle")} />
      <PhotoForm photo={profile.photo} hidden={profile.showFirstNameOnly} result={result("photo")} />
      <PrivateDetailsForm details={profile.private} result={result("private")} />
    </Container>
  );
}
