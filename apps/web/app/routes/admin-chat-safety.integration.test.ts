import { createConversation, createDispute, createMessage, createPerson, type Person } from "@hunar/chat/attachments/testing/chat-fixtures";
import { reportMessage } from "@hunar/chat/safety/report-message";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { formPost, get, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as disputeAction, loader as disputeLoader } from "./admin-dispute-conversation.tsx";
import { action as reportsAction, loader as reportsLoader } from "./admin-message-reports.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

describe.each(testDbKinds())("admin chat safety pages on %s", (kind) => {
  const t = useTestDb(kind);
  let client: Person;
  let freelancer: Person;
  let cookies: { admin: string; client: string };
  let conversationId: string;
  let context: Context;

  beforeAll(async () => {
    client = await createPerson(t.db, "Ayesha Khan");
    freelancer = await createPerson(t.db, "Bilal Ahmed");
    const admin = await createPerson(t.db, "Hunar Admin", { isAdmin: true });
    cookies = { admin: await sessionCookie(t.db, admin.userId), client: await sessionCookie(t.db, client.userId) };
    conversationId = await createConversation(t.db, client.userId, freelancer.userId);
    context = testContext(t.db).context;
  });

  it("lists open message reports for admins only and removes a message with a note", async () => {
    const messageId = await createMessage(t.db, conversationId, freelancer.userId, "Pay me on Easypaisa, skip Hunar");
    const { reportId } = await reportMessage(t.db, client, { messageId, reason: "OFF_PLATFORM_PAYMENT" });

    expect((await run(reportsLoader, get("/admin/reports/messages", cookies.client), context)).status).toBe(403);
    const page = await run(reportsLoader, get("/admin/reports/messages", cookies.admin), context);
    expect(page.body).toMatchObject({
      reports: [
        {
          reportId,
          reason: "OFF_PLATFORM_PAYMENT",
          message: { id: messageId, sender: { displayName: "Bilal Ahmed" } },
          reporter: { id: client.userId },
        },
      ],
    });

    const post = (fields: Record<string, string>, opts: { cookie?: string; origin?: string | null } = {}) =>
      run(reportsAction, formPost("/admin/reports/messages", fields, { cookie: cookies.admin, ...opts }), context);
    expect((await post({ reportId, outcome: "ACTIONED", note: "x" }, { cookie: cookies.client })).status).toBe(403);
    expect((await post({ reportId, outcome: "ACTIONED", note: "x" }, { origin: "https://evil.example" })).status).toBe(403);
    expect(await post({ reportId, outcome: "ACTIONED", note: "" })).toMatchObject({
      status: 400,
      body: { reportId, errors: { fields: { note: { key: "chat:errors.safety.noteRequired" } } } },
    });
    expect((await post({ reportId, outcome: "DESTROY", note: "why" })).status).toBe(400);
    expect((await post({ reportId: "no-such-report", outcome: "DISMISSED", note: "why" })).status).toBe(404);
    expect(await t.db.auditLog.count({ where: { targetId: messageId } })).toBe(0);

    expect(await post({ reportId, outcome: "ACTIONED", note: "Asked for payment outside the platform." })).toMatchObject({
      status: 200,
      body: { reportId, decided: "ACTIONED" },
    });
    expect((await t.db.message.findUniqueOrThrow({ where: { id: messageId } })).deletedAt).toBeInstanceOf(Date);
    expect(await t.db.auditLog.count({ where: { targetId: messageId, action: "message.report.action" } })).toBe(1);
    expect((await run(reportsLoader, get("/admin/reports/messages", cookies.admin), context)).body).toMatchObject({ reports: [] });
  });

  it("asks the admin's reason first and records the read before showing the messages", async () => {
    await createMessage(t.db, conversationId, client.userId, "The colours were meant to be green.");
    const { disputeId } = await createDispute(t.db, client.userId, freelancer.userId);
    const path = `/admin/disputes/${disputeId}/conversation`;
    const reads = () => t.db.auditLog.count({ where: { action: "conversation.read", targetId: conversationId } });
    const before = await reads();

    expect((await run(disputeLoader, get(path, cookies.client), context, { disputeId })).status).toBe(403);
    expect((await run(disputeLoader, get("/admin/disputes/nope/conversation", cookies.admin), context, { disputeId: "nope" })).status).toBe(
      404,
    );
    const page = await run(disputeLoader, get(path, cookies.admin), context, { disputeId });
    expect(page.body).toMatchObject({ dispute: { id: disputeId }, client: { id: client.userId }, freelancer: { id: freelancer.userId } });
    expect(JSON.stringify(page.body)).not.toContain("green");

    expect((await run(disputeAction, formPost(path, { reason: "x" }, { cookie: cookies.client }), context, { disputeId })).status).toBe(
      403,
    );
    expect(await run(disputeAction, formPost(path, { reason: " " }, { cookie: cookies.admin }), context, { disputeId })).toMatchObject({
      status: 400,
      body: { conversation: null, errors: { fields: { reason: { key: "chat:errors.safety.readReasonRequired" } } } },
    });
    expect(await reads()).toBe(before);

    const read = await run(
      disputeAction,
      formPost(path, { reason: "What was agreed about colours?" }, { cookie: cookies.admin }),
      context,
      { disputeId },
    );
    expect(read.status).toBe(200);
    const shown = read.body as { conversation: { conversationId: string; messages: { body: string }[] } };
    expect(shown.conversation.conversationId).toBe(conversationId);
    expect(shown.conversation.messages.map((message) => message.body)).toContain("The colours were meant to be green.");
    expect(await reads()).toBe(before + 1);
  });
});
