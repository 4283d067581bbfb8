import { requestEmailChange } from "@hunar/auth/change-email";
import { changePassword } from "@hunar/auth/change-password";
import { serializeBlankSessionCookie, serializeSessionCookie } from "@hunar/auth/cookie";
import { logOut, logOutEverywhere, revokeSession } from "@hunar/auth/log-out";
import { listUserSessions } from "@hunar/auth/session";
import { updateAccountSettings } from "@hunar/auth/update-settings";
import { isEmailVerified } from "@hunar/auth/verified-email";
import { data, Link, redirect } from "react-router";
import { AccountSessions } from "#app/components/account/account-sessions.tsx";
import { ChangePasswordForm } from "#app/components/account/change-password-form.tsx";
import { EmailForm } from "#app/components/account/email-form.tsx";
import { ProfileForm } from "#app/components/account/profile-form.tsx";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { authMailDeps } from "#app/utils/account-mail.server.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { serializeLocaleCookie } from "#app/utils/locale.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/account";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, session } = await requireUser(request, context);
  const sessions = await listUserSessions(context.db, user.id);
  return {
    settings: { displayName: user.displayName, preferredLocale: user.preferredLocale },
    email: { address: user.email, verified: isEmailVerified(user) },
    sessions: sessions.map((summary) => ({ ...summary, current: summary.id === session.id })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user, session } = await requireUser(request, context);
  const form = await readForm(request);
  const intent = textField(form, "_action");

  if (intent === "profile") {
    const values = { displayName: textField(form, "displayName"), preferredLocale: textField(form, "preferredLocale") };
    try {
      const updated = await updateAccountSettings(context.db, user.id, values);
      // The lng cookie outranks the saved setting, so it follows the new choice at once.
      return data({ form: "profile" as const, done: true }, { headers: { "Set-Cookie": serializeLocaleCookie(updated.preferredLocale) } });
    } catch (error) {
      return formErrorResponse(error, { form: "profile" as const, values });
    }
  }

  if (intent === "password") {
    // Taken before the change: these are the sessions the change ends, whose sockets must close too.
    const ended = await listUserSessions(context.db, user.id);
    let renewed: { token: string; session: { expiresAt: Date } };
    try {
      renewed = await changePassword(
        { db: context.db, limiter: context.limiter, passwordHashing: context.passwordHashing },
        { userId: user.id },
        { currentPassword: textField(form, "currentPassword"), newPassword: textField(form, "newPassword") },
        { ip: context.ip, userAgent: request.headers.get("User-Agent") },
      );
    } catch (error) {
      return formErrorResponse(error, { form: "password" as const });
    }
    for (const old of ended) context.realtime.disconnectSession(old.id);
    // This browser carries on in the session the change started.
    return data(
      { form: "password" as const, done: true },
      { headers: { "Set-Cookie": serializeSessionCookie(renewed.token, renewed.session.expiresAt) } },
    );
  }

  if (intent === "email") {
    const values = { newEmail: textField(form, "newEmail") };
    try {
      const { newEmail } = await requestEmailChange(
        authMailDeps(context),
        { userId: user.id },
        { ...values, currentPassword: textField(form, "currentPassword") },
        { ip: context.ip, userAgent: request.headers.get("User-Agent") },
      );
      return { form: "email" as const, done: true, sentTo: newEmail };
    } catch (error) {
      return formErrorResponse(error, { form: "email" as const, values });
    }
  }

  if (intent === "revoke") {
    const sessionId = textField(form, "sessionId");
    if (sessionId === session.id) {
      await logOut(context.db, session.id);
      context.realtime.disconnectSession(session.id);
      return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
    }
    try {
      await revokeSession(context.db, user.id, sessionId);
    } catch (error) {
      return formErrorResponse(error, { form: "sessions" as const });
    }
    context.realtime.disconnectSession(sessionId);
    return { form: "sessions" as const, done: true };
  }

  if (intent === "logoutEverywhere") {
    await logOutEverywhere(context.db, user.id);
    context.realtime.disconnectUser(user.id);
    return redirect("/", { headers: { "Set-Cookie": serializeBlankSessionCookie() } });
  }

  throw data({ messageKey: "errors:invalid" }, { status: 400 });
}

export type AccountAction = Route.ComponentProps["actionData"];

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("account");
  return (
    <Container className="flex flex-col gap-8 py-10">
      <title>{`${t("settings.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("settings.title")}</h1>
      <ProfileForm settings={loaderData.settings} result={actionData?.form === "profile" ? actionData : undefined} />
      <Link to="/account/profile" className="self-start font-semibold text-emerald-800 underline">
        {t("profiles:editor.title")}
      </Link>
      <Link to="/account/notifications" className="self-start font-semibold text-emerald-800 underline">
        {t("notifications:preferences.title")}
      </Link>
      <EmailForm
        email={loaderData.email.address}
        verified={loaderData.email.verified}
        result={actionData?.form === "email" ? actionData : undefined}
      />
      <ChangePasswordForm result={actionData?.form === "password" ? actionData : undefined} />
      <AccountSessions sessions={loaderData.sessions} result={actionData?.form === "sessions" ? actionData : undefined} />
    </Container>
  );
}
