// @vitest-environment happy-dom
import type { InboxItem } from "@hunar/chat/list-inbox";
import { cleanup } from "@testing-library/react";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInLocale } from "#app/test/render.tsx";
import { InboxRow } from "./inbox-row.tsx";

afterEach(cleanup);

const MESSAGE = "Sure! I can start on the logo tomorrow morning.";

function item(senderId: string): InboxItem {
  return {
    conversationId: "c1",
    other: { id: "u2", displayName: "Ayesha Khan", handle: null },
    lastMessage: { seq: 1, senderId, kind: "TEXT", preview: MESSAGE, data: null, attachmentCount: 0, createdAt: "2026-12-01T10:00:00Z" },
    lastMessageAt: "2026-12-01T10:00:00Z",
    unread: 0,
  };
}

function renderRow(sender: string) {
  const Stub = createRoutesStub([{ path: "/inbox", Component: () => <InboxRow item={item(sender)} me="u1" /> }]);
  return renderInLocale(<Stub initialEntries={["/inbox"]} />, "ur");
}

describe("an inbox row on an Urdu page", () => {
  it("shows an English message in its own isolated box that truncates at the message's end", async () => {
    const { findByText } = renderRow("u2");
    const text = await findByText(MESSAGE);
    expect(text.getAttribute("dir")).toBe("auto");
    expect(text.className).toContain("truncate");
    expect(text.getAttribute("title")).toBe(MESSAGE);
    // Nothing of the page's language shares the box, so its first strong letter is the message's.
    expect(text.textContent).toBe(MESSAGE);
  });

  it("puts 'you' outside the message's box", async () => {
    const { findByText } = renderRow("u1");
    const text = await findByText(MESSAGE);
    expect(text.previousElementSibling?.textContent?.trim()).toBe("آپ:");
    expect(text.parentElement?.textContent).toBe(`آپ: ${MESSAGE}`);
  });
});
