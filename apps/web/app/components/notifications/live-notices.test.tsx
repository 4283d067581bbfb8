// @vitest-environment happy-dom
import { act, cleanup, screen } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { ChatContext } from "#app/chat/chat-provider.tsx";
import { renderInLocale } from "#app/test/render.tsx";
import { fakeLiveSocket, paidEvent as paid } from "./fake-live-socket.ts";
import { LiveNotices } from "./live-notices.tsx";

afterEach(cleanup);

function renderNotices(locale: "ur" | "en") {
  const live = fakeLiveSocket();
  const Stub = createRoutesStub([
    {
      path: "*",
      Component: () => (
        <ChatContext.Provider value={{ socket: live.socket, connected: true, userId: "me", unread: 0 }}>
          <LiveNotices locale={locale} />
        </ChatContext.Provider>
      ),
    },
  ]);
  renderInLocale(<Stub initialEntries={["/"]} />, locale);
  return live;
}

describe("live notices", () => {
  it("show a pushed notification in Urdu with a link, once however often it arrives, and go when dismissed", () => {
    const live = renderNotices("ur");
    const region = screen.getByRole("region", { name: "اطلاعات" });
    expect(region.getAttribute("aria-live")).toBe("polite");
    act(() => live.push(paid("n1", 42)));
    act(() => live.push(paid("n1", 42)));
    expect(screen.getAllByText(/#\u206842\u2069/)).toHaveLength(1);
    expect(screen.getByText(/لوگو ڈیزائن/).textContent).toContain("نیا آرڈر");
    expect(screen.getByRole("link", { name: "کھولیں" }).getAttribute("href")).toBe("/orders");
    act(() => screen.getByRole("button", { name: "بند کریں" }).click());
    expect(screen.queryByText(/#\u206842\u2069/)).toBeNull();
  });

  it("keep the newest three, in English for an English reader, and ignore what they cannot read", () => {
    const live = renderNotices("en");
    for (const number of [1, 2, 3, 4]) act(() => live.push(paid(`n${number}`, number)));
    act(() => live.push({ ...paid("bad", 5), data: { orderId: "o5" } }));
    act(() => live.push({ ...paid("unknown", 6), kind: "order.teleported" }));
    expect(screen.queryByText(/#\u20681\u2069:/)).toBeNull();
    expect(screen.getAllByText(/^New order #\u2068[234]\u2069: /)).toHaveLength(3);
  });
});
