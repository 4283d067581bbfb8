import { getDisputeParties } from "@hunar/chat/safety/dispute-parties";
import { type DisputeConversation, MAX_READ_REASON, readConversationForDispute } from "@hunar/chat/safety/read-conversation-for-dispute";
import type { Locale } from "@hunar/i18n/config";
import { formatDate, formatNumber } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/admin-dispute-conversation";

// The page asks for a reason first; the messages come only from the action, which writes the
// audit row in the same transaction that reads them. Nothing here caches the conversation.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireAdmin(request, context);
  return orPageError(getDisputeParties(context.db, user, params.disputeId));
}

export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const reason = textField(form, "reason");
  try {
    const conversation = await readConversationForDispute(
      context.db,
      { userId: user.id, isAdmin: user.isAdmin, ip: context.ip },
      { disputeId: params.disputeId, reason },
    );
    return { conversation, values: null, errors: null };
  } catch (error) {
    return formErrorResponse(error, { conversation: null, values: { reason } });
  }
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

export default function AdminDisputeConversation({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("chat");
  const locale = i18n.language as Locale;
  const message = useMessage();
  const { dispute, client, freelancer } = loaderData;
  const conversation = actionData?.conversation ?? null;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("admin.disputeRead.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("admin.disputeRead.title")}</h1>
        <p className="text-stone-700">
          {t("admin.disputeRead.intro", {
            number: formatNumber(dispute.orderNumber, locale, { useGrouping: false }),
            title: dispute.orderTitle,
          })}
        </p>
        <p className="text-sm text-stone-600">
          {t("admin.disputeRead.between", { client: client.displayName, freelancer: freelancer.displayName })}
        </p>
      </div>
      {conversation ? (
        <ConversationView conversation={conversation} />
      ) : (
        <Card>
          {actionData?.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
          <Form method="post" className="flex flex-col gap-3">
            <TextAreaField
              name="reason"
              label={t("admin.disputeRead.reasonLabel")}
              hint={t("admin.disputeRead.reasonHint")}
              dir="auto"
              rows={2}
              maxLength={MAX_READ_REASON}
              required
              defaultValue={actionData?.values?.reason ?? ""}
              error={message(actionData?.errors?.fields.reason)}
            />
            <div>
              <Button type="submit">{t("admin.disputeRead.submit")}</Button>
            </div>
          </Form>
        </Card>
      )}
    </Container>
  );
}

function ConversationView({ conversation }: { conversation: DisputeConversation }) {
  const { t, i18n } = useTranslation("chat");
  const locale = i18n.language as Locale;
  const names = new Map([
    [conversation.client.id, `${conversation.client.displayName} (${t("admin.disputeRead.client")})`],
    [conversation.freelancer.id, `${conversation.freelancer.displayName} (${t("admin.disputeRead.freelancer")})`],
  ]);
  return (
    <section className="flex flex-col gap-4" aria-label={t("admin.disputeRead.messagesLabel")}>
      <Alert tone="info">{t("admin.disputeRead.recorded")}</Alert>
      {conversation.messages.length === 0 ? (
        <p className="text-stone-700">{t("admin.disputeRead.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {conversation.messages.map((entry) => (
            <li key={entry.id} className="rounded-md border border-stone-200 bg-white p-3">
              <p className="text-sm text-stone-600">
                <bdi className="font-semibold">
                  {entry.kind === "SYSTEM" ? t("admin.disputeRead.system") : (names.get(entry.senderId) ?? entry.senderId)}
                </bdi>
                {" · "}
                {formatDate(entry.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {entry.kind === "SYSTEM" ? (
                <p>{t(entry.body, { ...systemData(entry.data), defaultValue: t("admin.disputeRead.system") })}</p>
              ) : (
                <p dir="auto" className="whitespace-pre-line break-words">
                  {entry.body}
                </p>
              )}
              {entry.attachments.length > 0 ? (
                <ul className="mt-2 text-sm">
                  {entry.attachments.map((file) => (
                    <li key={file.id}>
                      <a href={file.url} target="_blank" rel="noreferrer" className="text-emerald-800 hover:underline">
                        <bdi>{file.fileName}</bdi>
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {entry.deletedAt ? <p className="mt-1 text-sm font-semibold text-red-800">{t("admin.disputeRead.removed")}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Only flat values reach the translation of a system message. */
function systemData(data: unknown): Record<string, string | number> {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return {};
  return Object.fromEntries(
    Object.entries(data).filter((pair): pair is [string, string | number] => typeof pair[1] === "string" || typeof pair[1] === "number"),
  );
}
