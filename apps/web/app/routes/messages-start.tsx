import { conversationSubjects } from "@hunar/api/conversation-subjects";
import { findMessageRecipient } from "@hunar/chat/message-recipient";
import { startConversation } from "@hunar/chat/start-conversation";
import { findOrderableGigTitle } from "@hunar/gigs/orderable-gig";
import type { Locale } from "@hunar/i18n/config";
import { Alert } from "@hunar/ui/alert";
import { Button, buttonClassName } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link, redirect } from "react-router";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { gigHref } from "#app/utils/gig-links.ts";
import { pickLocalized } from "#app/utils/localized.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/messages-start";
import { FormErrorAlert } from "#app/components/account/form-error-alert.tsx";

// GET (no JavaScript, or back from logging in): a confirm form. POST: open the conversation.
export async function loader({ request, context }: Route.LoaderArgs) {
  await requireUser(request, context);
  const url = new URL(request.url);
  const otherUserId = url.searchParams.get("otherUserId") ?? "";
  const gigId = url.searchParams.get("gigId") ?? "";
  // A proposal is only carried to the post, where chat checks that it is between these two.
  const proposalId = url.searchParams.get("proposalId")?.slice(0, 64) ?? "";
  const [other, gig] = await Promise.all([
    otherUserId ? findMessageRecipient(context.db, otherUserId) : null,
    // The gig is named only while buyers can see it.
    gigId ? findOrderableGigTitle(context.db, gigId) : null,
  ]);
  // A link naming nobody (or an account that is not active) leads nowhere; the bare address after a refused post still renders.
  if (otherUserId && !other) throw data({ messageKey: "errors:notFound" }, { status: 404 });
  return { other, gig, proposalId: gig ? "" : proposalId };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  const otherUserId = textField(form, "otherUserId");
  const gigId = textField(form, "gigId");
  const proposalId = textField(form, "proposalId");
  try {
    const conversationId = await startConversation(
      context.db,
      { userId: user.id },
      {
        otherUserId,
        ...(gigId ? { about: { gigId } } : proposalId ? { about: { proposalId } } : {}),
      },
      conversationSubjects,
    );
    return redirect(`/inbox/${encodeURIComponent(conversationId)}`);
  } catch (error) {
    return formErrorResponse(error, { otherUserId });
  }
}

export default function StartConversation({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("chat");
  const { other, gig, proposalId } = loaderData;
  const title = gig ? pickLocalized({ ur: gig.titleUr, en: gig.titleEn }, i18n.language as Locale) : null;
  const heading = other ? t("start.title", { name: other.displayName }) : t("nav.inbox");
  return (
    <Container className="flex max-w-2xl flex-col gap-6 py-8">
      <title>{`${heading} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{other ? <bdi>{heading}</bdi> : heading}</h1>
      <FormErrorAlert error={actionData?.errors.form} />
      {other ? (
        <Card className="flex flex-col gap-4">
          <p dir="auto">{t("start.intro", { name: other.displayName })}</p>
          {gig && title ? (
            <p className="flex flex-wrap gap-x-2 text-stone-700">
              <span>{t("start.aboutGig")}</span>
              <Link to={gigHref(gig)} lang={title.lang} dir="auto" className="text-emerald-800 underline">
                {title.text}
              </Link>
            </p>
          ) : null}
          <Form method="post" className="flex flex-wrap gap-3">
            <input type="hidden" name="otherUserId" value={other.id} />
            {gig ? <input type="hidden" name="gigId" value={gig.id} /> : null}
            {proposalId ? <input type="hidden" name="proposalId" value={proposalId} /> : null}
            <Button type="submit">{t("start.submit")}</Button>
            <Link to={gig ? gigHref(gig) : "/inbox"} className={buttonClassName("secondary")}>
              {t("start.cancel")}
            </Link>
          </Form>
        </Card>
      ) : actionData ? null : (
        <Alert tone="error">{t("errors:notFound")}</Alert>
      )}
    </Container>
  );
}
