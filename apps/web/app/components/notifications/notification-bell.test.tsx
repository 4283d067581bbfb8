// @vitest-environment happy-dom
import { act, cleanup, screen } from "@testing-library/react";
import { useState } from "react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { ChatContext } from "#app/chat/chat-provider.tsx";
import { renderInLocale } from "#app/test/render.tsx";
import { fakeLiveSocket, paidEvent } from "./fake-live-socket.ts";
import { LiveNotices } from "./live-notices.tsx";
import { NotificationBell, type UnreadNotificationsSnapshot } from "./notification-bell.tsx";

afterEach(cleanup);

const COUNTED_AT = "2026-12-01T10:00:00.000Z";
const later = (minutes: number) => new Date(Date.parse(COUNTED_AT) + minutes * 60_000).toISOString();

function renderBell(locale: "ur" | "en", first: UnreadNotificationsSnapshot) {
  const live = fakeLiveSocket();
  const control: { setSnapshot?: (snapshot: UnreadNotificationsSnapshot) => void } = {};
  function Header() {
    const [snapshot, setSnapshot] = useState(first);
    control.setSnapshot = setSnapshot;
    return (
      <ChatContext.Provider value={{ socket: live.socket, connected: true, userId: "me", unread: 0 }}>
        <NotificationBell snapshot={snapshot} />
        <LiveNotices locale={locale} />
      </ChatContext.Provider>
    );
  }
  const Stub = createRoutesStub([{ path: "*", Component: Header }]);
  renderInLocale(<Stub initialEntries={["/"]} />, locale);
  return { live, newCount: (snapshot: UnreadNotificationsSnapshot) => act(() => control.setSnapshot?.(snapshot)) };
}

const bell = (name: RegExp | string) => screen.getByRole("link", { name });

describe("the notification bell", () => {
  it("links to the notifications with the unread count for eyes and for screen readers, in Urdu", () => {
    renderBell("ur", { count: 2, countedAt: COUNTED_AT });
    const link = bell("اطلاعات 2 ان پڑھی اطلاعات");
    expect(link.getAttribute("href")).toBe("/notifications");
    const badge = screen.getByTestId("notification-badge");
    expect(badge.querySelector('[aria-hidden="true"]')?.textContent).toBe("2");
  });

  it("shows no badge when nothing is unread, and formats numbers through Intl in English", () => {
    const { newCount } = renderBell("en", { count: 0, countedAt: COUNTED_AT });
    expect(bell("Notifications")).toBeTruthy();
    expect(screen.queryByTestId("notification-badge")).toBeNull();
    newCount({ count: 1, countedAt: COUNTED_AT });
    expect(bell("Notifications 1 unread notification")).toBeTruthy();
    newCount({ count: 1234, countedAt: COUNTED_AT });
    expect(bell("Notifications 1,234 unread notifications")).toBeTruthy();
  });

  it("goes up once per notification the shared live connection delivers after the count, without a second socket", () => {
    const { live } = renderBell("en", { count: 1, countedAt: COUNTED_AT });
    // The bell and the live notices listen on the one connection the page already has.
    expect(live.listeners()).toBe(2);
    act(() => live.push(paidEvent("n1", 1, later(1))));
    act(() => live.push(paidEvent("n1", 1, later(1))));
    expect(bell("Notifications 2 unread notifications")).toBeTruthy();
    // Created before the server counted: already in the count.
    act(() => live.push(paidEvent("n0", 9, later(-1))));
    expect(bell("Notifications 2 unread notifications")).toBeTruthy();
    act(() => live.push(paidEvent("n2", 2, later(2))));
    expect(bell("Notifications 3 unread notifications")).toBeTruthy();
  });

  it("takes a fresh count from the server (after marking read) over what it added, even an equal one", () => {
    const { live, newCount } = renderBell("en", { count: 0, countedAt: COUNTED_AT });
    act(() => live.push(paidEvent("n1", 1, later(1))));
    expect(bell("Notifications 1 unread notification")).toBeTruthy();
    newCount({ count: 0, countedAt: later(5) });
    expect(screen.queryByTestId("notification-badge")).toBeNull();
    act(() => live.push(paidEvent("n2", 2, later(6))));
    expect(bell("Notifications 1 unread notification")).toBeTruthy();
    newCount({ count: 0, countedAt: later(7) });
    expect(screen.queryByTestId("notification-badge")).toBeNull();
  });

  it("drops to the count another tab's reading sent, adds what arrives after it, and ignores an older count", () => {
    const { live, newCount } = renderBell("en", { count: 3, countedAt: COUNTED_AT });
    act(() => live.readElsewhere({ count: 0, countedAt: later(2) }));
    expect(screen.queryByTestId("notification-badge")).toBeNull();
    // Created before that count: already read or counted.
    act(() => live.push(paidEvent("n1", 1, later(1))));
    expect(screen.queryByTestId("notification-badge")).toBeNull();
    act(() => live.push(paidEvent("n2", 2, later(3))));
    expect(bell("Notifications 1 unread notification")).toBeTruthy();
    // A count taken earlier (delivered late) does not undo a newer one.
    act(() => live.readElsewhere({ count: 5, countedAt: later(1) }));
    expect(bell("Notifications 1 unread notification")).toBeTruthy();
    // This tab's own reload brings a newer count still, which wins.
    newCount({ count: 4, countedAt: later(4) });
    expect(bell("Notifications 4 unread notifications")).toBeTruthy();
  });
});
