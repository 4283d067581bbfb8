// @vitest-environment happy-dom
import { createT } from "@hunar/i18n/translate";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { createRoutesStub, Outlet } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChatContext } from "#app/chat/chat-provider.tsx";
import { fakeLiveSocket, paidEvent } from "#app/components/notifications/fake-live-socket.ts";
import { renderInLocale } from "#app/test/render.tsx";
import Notifications from "./notifications.tsx";

afterEach(cleanup);

const ur = createT("ur");
const en = createT("en");
// Paid at 10:00 UTC, which is 15:00 in Pakistan.
const PAID_AT = "2026-12-01T10:00:00.000Z";

const unreadPaid = { ...paidEvent("n2", 1042, PAID_AT), readAt: null, createdAt: new Date(PAID_AT) };
const readPayout = {
  id: "n1",
  kind: "payout.paid",
  data: { payoutRequestId: "p1", amountPaisa: "2500000", rail: "IBAN", reference: "FT123456" },
  link: "/earnings",
  readAt: new Date("2026-11-30T12:00:00.000Z"),
  createdAt: new Date("2026-11-30T09:00:00.000Z"),
};

type Page = { notifications: unknown[]; nextCursor: string | null; older: boolean };

/** The page under a root route (its header count) and the page's one live connection. */
function renderPage(locale: "ur" | "en", page: Page | (() => Page), entry = "/notifications", unreadInHeader = 0) {
  const live = fakeLiveSocket();
  const Root = () => (
    <ChatContext.Provider value={{ socket: live.socket, connected: true, userId: "me", unread: 0 }}>
      <Outlet />
    </ChatContext.Provider>
  );
  const Stub = createRoutesStub([
    {
      id: "root",
      path: "/",
      Component: Root,
      HydrateFallback: () => null,
      loader: () => ({ notifications: { count: unreadInHeader, countedAt: PAID_AT } }),
      children: [{ path: "notifications", Component: Notifications as never, loader: typeof page === "function" ? page : () => page }],
    },
  ]);
  renderInLocale(<Stub initialEntries={[entry]} />, locale);
  return live;
}

const items = () => screen.getAllByRole("listitem");

describe("the notifications page", () => {
  it("lists rendered notifications in Urdu, newest first, the unread one marked and opened through a POST", async () => {
    renderPage("ur", { notifications: [unreadPaid, readPayout], nextCursor: null, older: false });
    expect(await screen.findByRole("heading", { name: ur("notifications:inbox.title") })).toBeTruthy();
    const [unread, read] = items();

    const open = within(unread!).getByRole("button", { name: /نیا آرڈر #\u20681042\u2069/ });
    const openForm = open.closest("form")!;
    expect(openForm.getAttribute("method")).toBe("post");
    expect(open.getAttribute("name")).toBe("intent");
    expect(open.getAttribute("value")).toBe("open");
    expect(openForm.querySelector<HTMLInputElement>('input[name="id"]')?.value).toBe("n2");
    expect(within(unread!).getByText(ur("notifications:inbox.unread"))).toBeTruthy();
    const markRead = within(unread!).getByRole("button", { name: ur("notifications:inbox.markRead") });
    expect(markRead.getAttribute("value")).toBe("read");
    const time = unread!.querySelector("time")!;
    expect(time.getAttribute("dateTime")).toBe(PAID_AT);
    expect(time.textContent).toBe("1 دسمبر، 2026، 3:00 دوپہر");

    // Read: a plain link, no marker, no mark-read button.
    expect(within(read!).getByRole("link").getAttribute("href")).toBe("/earnings");
    expect(within(read!).queryByText(ur("notifications:inbox.unread"))).toBeNull();
    expect(within(read!).queryByRole("button")).toBeNull();

    const all = screen.getByRole("button", { name: ur("notifications:inbox.markAllRead") });
    expect(all.closest("form")?.getAttribute("method")).toBe("post");
    expect(all.getAttribute("value")).toBe("readAll");
    expect(screen.queryByRole("link", { name: ur("notifications:inbox.older") })).toBeNull();
    expect(screen.getByRole("link", { name: ur("notifications:inbox.emailSettings") }).getAttribute("href")).toBe("/account/notifications");
  });

  it("links to older notifications by cursor and back to the newest, in English and in Pakistan time", async () => {
    renderPage("en", { notifications: [unreadPaid], nextCursor: "abc", older: true }, "/notifications?cursor=xyz");
    expect((await screen.findByRole("link", { name: en("notifications:inbox.older") })).getAttribute("href")).toBe(
      "/notifications?cursor=abc",
    );
    expect(screen.getByRole("link", { name: en("notifications:inbox.newest") }).getAttribute("href")).toBe("/notifications");
    expect(items()[0]!.querySelector("time")?.textContent).toBe("01-Dec-2026, 3:00 pm");
    // The forms post to the page they are on, so the action comes back to this page.
    expect(
      screen
        .getByRole("button", { name: en("notifications:inbox.markRead") })
        .closest("form")
        ?.getAttribute("action"),
    ).toBe("/notifications?cursor=xyz");
  });

  it("says so when there is nothing, or nothing older", async () => {
    renderPage("ur", { notifications: [], nextCursor: null, older: false });
    expect(await screen.findByText(ur("notifications:inbox.empty"))).toBeTruthy();
    expect(screen.queryByRole("button", { name: ur("notifications:inbox.markAllRead") })).toBeNull();
    cleanup();
    renderPage("ur", { notifications: [], nextCursor: null, older: true }, "/notifications?cursor=x");
    expect(await screen.findByText(ur("notifications:inbox.noOlder"))).toBeTruthy();
  });

  it("offers to mark all read when unread ones are only on older pages, and not when everything is read", async () => {
    renderPage("en", { notifications: [readPayout], nextCursor: "abc", older: false }, "/notifications", 3);
    expect(await screen.findByRole("button", { name: en("notifications:inbox.markAllRead") })).toBeTruthy();
    cleanup();
    renderPage("en", { notifications: [readPayout], nextCursor: null, older: false });
    await screen.findByRole("link", { name: /Rs/ });
    expect(screen.queryByRole("button", { name: en("notifications:inbox.markAllRead") })).toBeNull();
  });

  it("reloads the newest page when a notification arrives live, so it shows on top", async () => {
    const pages = [
      { notifications: [readPayout], nextCursor: null, older: false },
      { notifications: [unreadPaid, readPayout], nextCursor: null, older: false },
    ];
    let loads = 0;
    const loader = vi.fn(() => pages[Math.min(loads++, 1)]!);
    const live = renderPage("en", loader);
    await waitFor(() => expect(items()).toHaveLength(1));
    act(() => live.push(paidEvent("n2", 1042, PAID_AT)));
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(within(items()[0]!).getByRole("button", { name: /New order/ })).toBeTruthy();
  });

  it("shows a notification it cannot render with a general title instead of a raw key", async () => {
    renderPage("en", { notifications: [{ ...unreadPaid, kind: "order.teleported" }], nextCursor: null, older: false });
    const open = await screen.findByRole("button", { name: en("notifications:inbox.unknown") });
    expect(open.getAttribute("value")).toBe("open");
    expect(document.body.textContent).not.toMatch(/notifications:|kinds\./);
  });
});
