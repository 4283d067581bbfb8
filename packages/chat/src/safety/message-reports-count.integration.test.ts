import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { createConversation, createMessage, createPerson } from "../attachments/testing/chat-fixtures.ts";
import { countMessageReports, listMessageReports } from "./message-reports.ts";

describe.each(testDbKinds())("message report count on %s", (kind) => {
  const t = useTestDb(kind);

  it("counts exactly the open message reports the admin page lists", async () => {
    const client = await createPerson(t.db, "Ayesha Khan");
    const freelancer = await createPerson(t.db, "Bilal Ahmed");
    const conversationId = await createConversation(t.db, client.userId, freelancer.userId);
    const rude = await createMessage(t.db, conversationId, freelancer.userId, "Pay me on JazzCash instead");
    const spam = await createMessage(t.db, conversationId, freelancer.userId, "Buy followers");
    const report = { reporterId: client.userId, reason: "OFF_PLATFORM_PAYMENT" as const };
    await t.db.report.createMany({
      data: [
        { ...report, targetType: "MESSAGE", targetId: rude },
        { ...report, targetType: "MESSAGE", targetId: spam },
        // Decided already, or about a gig or a person: not this queue's.
        { ...report, targetType: "MESSAGE", targetId: rude, status: "DISMISSED" },
        { ...report, targetType: "MESSAGE", targetId: spam, status: "ACTIONED" },
        { ...report, targetType: "GIG", targetId: "gig-1" },
        { ...report, targetType: "USER", targetId: freelancer.userId },
      ],
    });

    const count = await countMessageReports(t.db);
    expect(count).toBe(2);
    expect(count).toBe((await listMessageReports(t.db)).length);
  });
});
