import { AppError } from "@hunar/core/app-error";
import type { Locale } from "@hunar/i18n/config";
import { listNotifications } from "@hunar/notifications/inbox/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@hunar/notifications/inbox/mark-read";
import { countUnreadNotifications } from "@hunar/notifications/inbox/unread-count";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, redirect, useRevalidator, useRouteLoaderData, useSearchParams } from "react-router";
import { useChatConnection } from "#app/chat/chat-provider.tsx";
import { useLiveSocketEvents } from "#app/chat/use-live-socket-events.ts";
import { NotificationItem } from "#app/components/notifications/notification-item.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { safeRedirectPath } from "#app/utils/redirect.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { RootData } from "#app/root.tsx";
import type { Route } from "./+types/notifications";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const cursor = new URL(request.url).searchParams.get("cursor") ?? "";
  const page = await orPageError(listNotifications(context.db, user.id, cursor ? { cursor } : {}));
  return { ...page, older: Boolean(cursor) };
}

/** Back to the page the form was on (its own address, so always an in-app path), minus an old notice. */
const samePage = (request: Request) => {
  const url = new URL(request.url);
  url.searchParams.delete("done");
  return `${url.pathname}${url.search}`;
};

/** This tab reloads its count with the redirect; the user's other tabs learn it live. */
async function tellOtherTabs(context: Route.ActionArgs["context"], userId: string): Promise<void> {
  const { count, countedAt } = await countUnreadNotifications(context.db, userId);
  context.realtime.publishUnreadNotifications(userId, { count, countedAt: countedAt.toISOString() });
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const form = await readForm(request);
  const intent = textField(form, "intent");
  try {
    if (intent === "readAll") {
      await markAllNotificationsRead(context.db, user.id);
      await tellOtherTabs(context, user.id);
      return redirect("/notifications?done=readAll");
    }
    if (intent !== "read" && intent !== "open") throw new AppError("BAD_INPUT", "errors:badInput");
    const { link } = await markNotificationRead(context.db, user.id, textField(form, "id"));
    await tellOtherTabs(context, user.id);
    // The link was checked to be an in-app path when it was stored; checked again before following it.
    return redirect(intent === "open" ? safeRedirectPath(link, "/notifications") : samePage(request));
  } catch (error) {
    return formErrorResponse(error, {});
  }
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

/** The newest page reloads its list when a notification arrives live, so it shows at the top. */
function useLiveList(newest: boolean) {
  const { socket } = useChatConnection();
  const revalidator = useRevalidator();
  useLiveSocketEvents(socket, {
    "notification:new": () => {
      if (newest) void revalidator.revalidate();
    },
  });
}

export default function Notifications({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("notifications");
  const message = useMessage();
  const [params] = useSearchParams();
  const locale = i18n.language as Locale;
  const { notifications, nextCursor, older } = loaderData;
  useLiveList(!older);
  // Unread ones may sit on older pages only; the header's count knows.
  const unreadElsewhere = (useRouteLoaderData<RootData>("root")?.notifications?.count ?? 0) > 0;
  const anyUnread = unreadElsewhere || notifications.some((notification) => notification.readAt === null);
  const error = actionData && "errors" in actionData ? actionData.errors.form : undefined;
  return (
    <Container className="flex flex-col gap-6 py-10">
      <title>{`${t("inbox.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("inbox.title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <Link to="/account/notifications" className="text-sm text-emerald-800 underline">
            {t("inbox.emailSettings")}
          </Link>
          {anyUnread ? (
            <Form method="post">
              <Button type="submit" name="intent" value="readAll" variant="secondary" size="sm">
                {t("inbox.markAllRead")}
              </Button>
            </Form>
          ) : null}
        </div>
      </div>
      {params.get("done") === "readAll" ? <Alert tone="success">{t("inbox.markedAll")}</Alert> : null}
      {error ? <Alert tone="error">{message(error)}</Alert> : null}
      {notifications.length === 0 ? (
        <Card>
          <p className="text-stone-700">{older ? t("inbox.noOlder") : t("inbox.empty")}</p>
        </Card>
      ) : (
        <ol className="flex flex-col gap-3">
          {notifications.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} locale={locale} />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label={t("inbox.pages")} className="flex flex-wrap gap-4">
        {older ? (
          <Link to="/notifications" className="text-emerald-800 underline">
            {t("inbox.newest")}
          </Link>
        ) : null}
        {nextCursor ? (
          <Link to={`/notifications?cursor=${encodeURIComponent(nextCursor)}`} className="text-emerald-800 underline">
            {t("inbox.older")}
          </Link>
        ) : null}
      </nav>
    </Container>
  );
}
