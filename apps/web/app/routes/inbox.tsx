import { listInbox } from "@hunar/chat/list-inbox";
import { Button, buttonClassName } from "@hunar/ui/button";
import { inputClassName } from "@hunar/ui/field";
import { Container } from "@hunar/ui/layout";
import { useEffect, useRef } from "react";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, useRevalidator } from "react-router";
import { useChatConnection } from "#app/chat/chat-provider.tsx";
import { useLiveSocketEvents } from "#app/chat/use-live-socket-events.ts";
import { InboxRow } from "#app/components/chat/inbox-row.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/inbox";

const MAX_QUERY = 200;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, MAX_QUERY);
  const cursor = url.searchParams.get("cursor") ?? undefined;
  const page = await orPageError(listInbox(context.db, user.id, { ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) }));
  return { me: user.id, q, items: page.items, nextCursor: page.nextCursor };
}

/** New messages reorder the list: reload it when one arrives (a burst of them reloads it once). */
function useLiveInbox() {
  const { socket } = useChatConnection();
  const revalidator = useRevalidator();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refresh = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void revalidator.revalidate(), 300);
  };
  useLiveSocketEvents(socket, { "message:new": refresh, unread: refresh });
}

export default function Inbox({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("chat");
  const { me, q, items, nextCursor } = loaderData;
  useLiveInbox();
  const more = nextCursor ? `/inbox?${new URLSearchParams({ ...(q ? { q } : {}), cursor: nextCursor }).toString()}` : null;
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <title>{`${t("inbox.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("inbox.title")}</h1>
      <Form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="inbox-q" className="font-medium text-stone-800">
            {t("inbox.searchLabel")}
          </label>
          <input id="inbox-q" type="search" name="q" defaultValue={q} maxLength={MAX_QUERY} dir="auto" className={inputClassName} />
        </div>
        <Button type="submit" variant="secondary">
          {t("inbox.searchSubmit")}
        </Button>
      </Form>
      {items.length === 0 ? (
        <p className="text-stone-700">{q ? t("inbox.emptySearch", { query: q }) : t("inbox.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.conversationId}>
              <InboxRow item={item} me={me} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        {q ? (
          <Link to="/inbox" className={buttonClassName("ghost", "sm")}>
            {t("inbox.clearSearch")}
          </Link>
        ) : null}
        {more ? (
          <Link to={more} className={buttonClassName("secondary", "sm")}>
            {t("inbox.more")}
          </Link>
        ) : null}
      </div>
    </Container>
  );
}
