import { serverI18n } from "@hunar/i18n/translate";
import { describe, expect, it } from "vitest";
import { POSTED_TO_CHAT } from "./order-event-kinds.ts";

// The chat note of every kind posted to the conversation exists in both languages, for a whole
// order and, where a milestone can be the subject, for a contract's milestone.
const MILESTONE_KINDS = ["paid", "delivered", "revisionRequested", "milestoneAccepted"];

describe("order events posted to chat", () => {
  it.each(["en", "ur"] as const)("have their note in %s", (locale) => {
    const i18n = serverI18n(locale);
    for (const kind of POSTED_TO_CHAT) {
      if (kind !== "milestoneAccepted") expect(i18n.exists(`chat:system.order.${kind}`), kind).toBe(true);
    }
    for (const kind of MILESTONE_KINDS) {
      expect(POSTED_TO_CHAT.has(kind as never), kind).toBe(true);
      expect(i18n.exists(`chat:system.order.milestone.${kind}`), kind).toBe(true);
    }
  });
});
