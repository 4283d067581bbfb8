import { testDbKinds } from "@hunar/db/testing";
import { createTestConversation, createTestUser, ensureTestFeeSchedule } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { formPost, get, settle, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { createTestCategory } from "@hunar/db/testing/factories";
import { createGig } from "@hunar/gigs/search/testing/search-fixtures";
import { action as newOfferAction, loader as newOfferLoader } from "./offer-new.tsx";
import { action as requestAction, loader as requestLoader } from "./offer-request.tsx";
import { loader as conversationLoader } from "./conversation.tsx";
import { action as offerAction, loader as offerLoader } from "./offer.tsx";

describe.each(testDbKinds())("the custom offer pages on %s", (kind) => {
  const t = useTestDb(kind);

  const world = async () => {
    await ensureTestFeeSchedule(t.db);
    const client = await createTestUser(t.db, "Sana Malik", { locale: "en" });
    const freelancer = await createTestUser(t.db, "Bilal Ahmed", { locale: "en" });
    const stranger = await createTestUser(t.db, "Kamran Ali");
    const conversationId = await createTestConversation(t.db, client.userId, freelancer.userId);
    const cookies = {
      client: await sessionCookie(t.db, client.userId),
      freelancer: await sessionCookie(t.db, freelancer.userId),
      stranger: await sessionCookie(t.db, stranger.userId),
    };
    return { client, freelancer, conversationId, cookies, context: testContext(t.db).context };
  };
  const send = (w: Awaited<ReturnType<typeof world>>, fields: Record<string, string>, cookie = w.cookies.freelancer) =>
    settle(() =>
      newOfferAction({
        request: formPost(`/inbox/${w.conversationId}/offer`, fields, { cookie }),
        context: w.context,
        params: { conversationId: w.conversationId },
      } as never),
    );
  const terms = {
    title: "Menu card design",
    description: "A two-sided menu card for your restaurant, print-ready.",
    priceRupees: "8,000",
    deliveryDays: "5",
    revisions: "",
    expiresInDays: "7",
    "milestones.0.title": "Sketches",
    "milestones.0.amountRupees": "3000",
    "milestones.0.dueDays": "2",
    "milestones.1.title": "Final files",
    "milestones.1.amountRupees": "5000",
    "milestones.1.dueDays": "5",
  };

  it("sends an offer from the form (empty plan rows left out) and the client accepts it straight to paying", async () => {
    const w = await world();
    expect(await send(w, terms)).toMatchObject({ status: 302, location: `/inbox/${w.conversationId}#latest` });
    const offer = await t.db.offer.findFirstOrThrow({
      where: { conversationId: w.conversationId },
      select: { id: true, milestonePlan: true, revisions: true },
    });
    expect(offer).toMatchObject({ revisions: null, milestonePlan: [{ title: "Sketches" }, { title: "Final files" }] });

    const page = await settle(() =>
      offerLoader({ request: get(`/offers/${offer.id}`, w.cookies.client), context: w.context, params: { offerId: offer.id } } as never),
    );
    expect(page).toMatchObject({ status: 200, body: { offer: { title: "Menu card design", may: { accept: true } } } });
    const stranger = await settle(() =>
      offerLoader({ request: get(`/offers/${offer.id}`, w.cookies.stranger), context: w.context, params: { offerId: offer.id } } as never),
    );
    expect(stranger.status).toBe(404);

    const answer = (intent: string, cookie: string) =>
      settle(() =>
        offerAction({
          request: formPost(`/offers/${offer.id}`, { intent }, { cookie }),
          context: w.context,
          params: { offerId: offer.id },
        } as never),
      );
    expect(await answer("accept", w.cookies.freelancer)).toMatchObject({ status: 404 });
    const accepted = await answer("accept", w.cookies.client);
    const order = await t.db.order.findFirstOrThrow({ where: { offerId: offer.id }, select: { id: true } });
    expect(accepted).toMatchObject({ status: 302, location: `/orders/${order.id}/pay` });
    expect(await answer("accept", w.cookies.client)).toMatchObject({ status: 409 });
  });

  it("shows the offer as a card in the conversation with each party's answers; declining from the card comes back to the chat", async () => {
    const w = await world();
    await send(w, terms);
    const offer = await t.db.offer.findFirstOrThrow({ where: { conversationId: w.conversationId }, select: { id: true } });
    const chat = (cookie: string) =>
      settle(() =>
        conversationLoader({
          request: get(`/inbox/${w.conversationId}`, cookie),
          context: w.context,
          params: { conversationId: w.conversationId },
        } as never),
      );
    expect((await chat(w.cookies.client)).body).toMatchObject({
      offers: { [offer.id]: { status: "PENDING", may: { accept: true, decline: true, withdraw: false } } },
      messages: [
        expect.objectContaining({
          body: "chat:system.offerSent",
          data: expect.objectContaining({ title: "Menu card design", pricePaisa: 800_000, milestones: 2 }) as unknown,
        }),
      ],
    });
    expect((await chat(w.cookies.freelancer)).body).toMatchObject({ offers: { [offer.id]: { may: { withdraw: true, accept: false } } } });
    const declined = await settle(() =>
      offerAction({
        request: formPost(`/offers/${offer.id}`, { intent: "decline", from: "chat" }, { cookie: w.cookies.client }),
        context: w.context,
        params: { offerId: offer.id },
      } as never),
    );
    expect(declined).toMatchObject({ status: 302, location: `/inbox/${w.conversationId}#latest` });
    expect((await chat(w.cookies.client)).body).toMatchObject({ offers: { [offer.id]: { status: "DECLINED", may: { accept: false } } } });
  });

  it("keeps what was typed and says what is wrong; a stranger's conversation is a 404; nothing is stored", async () => {
    const w = await world();
    const refused = await send(w, { ...terms, "milestones.1.amountRupees": "4000" });
    expect(refused).toMatchObject({
      status: 400,
      body: { values: { title: "Menu card design" }, errors: { fields: { milestones: { key: "proposals:errors.milestonesTotal" } } } },
    });
    expect(await send(w, terms, w.cookies.stranger)).toMatchObject({ status: 404 });
    expect(await t.db.offer.count({ where: { conversationId: w.conversationId } })).toBe(0);
  });

  it("a client asks for a custom offer from the gig; the freelancer's offer form starts from the gig and what was asked", async () => {
    const w = await world();
    const categoryId = await createTestCategory(t.db);
    const gigId = await createGig(t.db, { freelancerId: w.freelancer.userId, categoryId, titleEn: "Menu card design" });
    const page = await settle(() =>
      requestLoader({ request: get(`/gigs/${gigId}/request-offer`, w.cookies.client), context: w.context, params: { gigId } } as never),
    );
    expect(page.body).toMatchObject({ gig: { id: gigId, sellerName: "Bilal Ahmed", isOwner: false } });
    const clientMessageId = (page.body as { clientMessageId: string }).clientMessageId;
    const ask = (fields: Record<string, string>, cookie = w.cookies.client) =>
      settle(() =>
        requestAction({
          request: formPost(`/gigs/${gigId}/request-offer`, fields, { cookie }),
          context: w.context,
          params: { gigId },
        } as never),
      );
    const details = "A menu card for our dhaba, two sides, Urdu and English, print-ready.";
    const refused = await ask({ details: "menu", budgetRupees: "abc", clientMessageId });
    expect(refused).toMatchObject({ status: 400, body: { values: { details: "menu", budgetRupees: "abc" } } });
    expect(Object.keys((refused.body as { errors: { fields: object } }).errors.fields).sort()).toEqual(["budgetRupees", "details"]);
    expect(await ask({ details, clientMessageId }, w.cookies.freelancer)).toMatchObject({ status: 400 });
    const sent = await ask({ details, budgetRupees: "12,000", days: "6", clientMessageId });
    expect(sent).toMatchObject({ status: 302, location: `/inbox/${w.conversationId}#latest` });
    expect(await t.db.message.findMany({ where: { conversationId: w.conversationId }, select: { body: true, gigId: true } })).toEqual([
      { body: details, gigId },
      { body: "chat:system.offerRequested", gigId },
    ]);
    const form = await settle(() =>
      newOfferLoader({
        request: get(`/inbox/${w.conversationId}/offer?gigId=${gigId}&priceRupees=12000&deliveryDays=6`, w.cookies.freelancer),
        context: w.context,
        params: { conversationId: w.conversationId },
      } as never),
    );
    expect(form.body).toMatchObject({
      gig: { id: gigId, titleEn: "Menu card design" },
      start: { priceRupees: "12000", deliveryDays: "6" },
    });
    expect(await send(w, { ...terms, gigId })).toMatchObject({ status: 302 });
    expect(await t.db.offer.findFirstOrThrow({ where: { conversationId: w.conversationId }, select: { gigId: true } })).toEqual({ gigId });
  });
});
