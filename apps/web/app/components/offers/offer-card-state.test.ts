import { describe, expect, it } from "vitest";
import { offerCardState } from "./offer-card-state.ts";

const card = (data: Record<string, string | number> | null = { expiresAt: "2030-01-08T00:00:00.000Z" }) => ({
  senderId: "freelancer",
  data,
  about: { gigId: null, proposalId: null, offerId: "o1", orderId: null },
});
const answer = (body: string, offerId = "o1") => ({ body, about: { gigId: null, proposalId: null, offerId, orderId: null } });
const now = new Date("2030-01-01T00:00:00.000Z");

describe("an offer's card in the chat", () => {
  it("lets the client answer and the sender withdraw a card that arrived live", () => {
    expect(offerCardState(card(), [], {}, "client", now)).toEqual({
      status: "PENDING",
      may: { accept: true, decline: true, withdraw: false },
    });
    expect(offerCardState(card(), [], {}, "freelancer", now)?.may).toEqual({ accept: false, decline: false, withdraw: true });
  });

  it("reads EXPIRED past its expiry, and an answer in the conversation over what the page loaded", () => {
    expect(offerCardState(card(), [], {}, "client", new Date("2030-01-09T00:00:00.000Z"))?.status).toBe("EXPIRED");
    const loaded = { o1: { status: "PENDING" as const, may: { accept: true, decline: true, withdraw: false } } };
    expect(offerCardState(card(), [answer("chat:system.offerDeclined")], loaded, "client", now)).toEqual({
      status: "DECLINED",
      may: { accept: false, decline: false, withdraw: false },
    });
    expect(offerCardState(card(), [answer("chat:system.offerAccepted", "other")], loaded, "client", now)).toBe(loaded.o1);
    expect(offerCardState(card(null), [answer("chat:system.offerWithdrawn")], {}, "client", now)?.status).toBe("WITHDRAWN");
  });

  it("is no card without an offer", () => {
    expect(
      offerCardState({ ...card(), about: { gigId: null, proposalId: null, offerId: null, orderId: null } }, [], {}, "client", now),
    ).toBeNull();
  });
});
