import { formatDate } from "@hunar/i18n/format";
import { z } from "zod";
import { defineKind, money, ZId, ZIsoTime, ZPaisa, ZTitle, type RenderContext } from "./kind-definition.ts";

// The notifications of a dispute, each to the party (or parties) who must act or know. Every one
// names the dispute and its order; the link opens the dispute page.

const DISPUTE = { disputeId: ZId, orderId: ZId, orderNumber: z.number().int().positive(), title: ZTitle };
const ZName = z.string().min(1).max(100);
/** An admin's written reason, which both parties see in full. */
const ZDecisionReason = z.string().min(1).max(2000);
const ZResolution = z.enum(["RELEASE", "REFUND", "SPLIT"]);
const SPLIT = { freelancerPaisa: ZPaisa, clientPaisa: ZPaisa };

type DisputeBase = { orderNumber: number; title: string };
const disputeParams = (d: DisputeBase) => ({ number: String(d.orderNumber), title: d.title });
const dateTime = (iso: string, { locale }: RenderContext) => formatDate(iso, locale, { dateStyle: "long", timeStyle: "short" });
const splitParams = (d: { freelancerPaisa: string; clientPaisa: string }, { locale }: RenderContext) => ({
  freelancerAmount: money(d.freelancerPaisa, locale),
  clientAmount: money(d.clientPaisa, locale),
});

/** Texts at notifications:kinds.dispute.<name>.{label,subject,body}. */
const texts = (name: string) => ({
  label: `notifications:kinds.dispute.${name}.label`,
  subject: `notifications:kinds.dispute.${name}.subject`,
  body: `notifications:kinds.dispute.${name}.body`,
});

export const DISPUTE_KINDS = {
  /** To the other party: a dispute was opened on their order; they have until answerDueAt to answer. */
  "dispute.opened": defineKind({
    data: z.object({ ...DISPUTE, openerName: ZName, answerDueAt: ZIsoTime }),
    email: true,
    ...texts("opened"),
    params: (d, context) => ({ ...disputeParams(d), name: d.openerName, answerDueAt: dateTime(d.answerDueAt, context) }),
  }),
  /** To the opener: the other party answered with their account. */
  "dispute.answered": defineKind({
    data: z.object({ ...DISPUTE, name: ZName }),
    email: true,
    ...texts("answered"),
    params: (d) => ({ ...disputeParams(d), name: d.name }),
  }),
  /** To the others in the dispute's thread: a new post (live only; the thread is the record). */
  "dispute.message": defineKind({
    data: z.object({ ...DISPUTE, name: ZName }),
    email: false,
    ...texts("message"),
    params: (d) => ({ ...disputeParams(d), name: d.name }),
  }),
  /** To the other party: an offer to settle by this split. */
  "dispute.proposal": defineKind({
    data: z.object({ ...DISPUTE, ...SPLIT, name: ZName }),
    email: true,
    ...texts("proposal"),
    params: (d, context) => ({ ...disputeParams(d), ...splitParams(d, context), name: d.name }),
  }),
  /** To the proposer: the other party declined their split. */
  "dispute.proposalDeclined": defineKind({
    data: z.object({ ...DISPUTE, ...SPLIT, name: ZName }),
    email: true,
    ...texts("proposalDeclined"),
    params: (d, context) => ({ ...disputeParams(d), ...splitParams(d, context), name: d.name }),
  }),
  /** To both: the parties agreed on a split and the money moved. */
  "dispute.settled": defineKind({
    data: z.object({ ...DISPUTE, ...SPLIT }),
    email: true,
    ...texts("settled"),
    params: (d, context) => ({ ...disputeParams(d), ...splitParams(d, context) }),
  }),
  /** To both: an admin decided, with a reason; either may appeal once until appealUntil. */
  "dispute.decided": defineKind({
    data: z.object({ ...DISPUTE, ...SPLIT, resolution: ZResolution, reason: ZDecisionReason, appealUntil: ZIsoTime }),
    email: true,
    ...texts("decided"),
    more: (d) => [`notifications:kinds.dispute.outcome.${d.resolution}`, "notifications:kinds.dispute.decided.appeal"],
    params: (d, context) => ({
      ...disputeParams(d),
      ...splitParams(d, context),
      reason: d.reason,
      appealUntil: dateTime(d.appealUntil, context),
    }),
  }),
  /** To the other party: the decision was appealed; a different admin will decide. */
  "dispute.appealed": defineKind({
    data: z.object({ ...DISPUTE, name: ZName }),
    email: true,
    ...texts("appealed"),
    params: (d) => ({ ...disputeParams(d), name: d.name }),
  }),
  /** To both: the appeal was decided (the outcome kept or changed); this is final. */
  "dispute.appealDecided": defineKind({
    data: z.object({ ...DISPUTE, ...SPLIT, resolution: ZResolution, reason: ZDecisionReason, changed: z.boolean() }),
    email: true,
    ...texts("appealDecided"),
    more: (d) => [
      d.changed ? "notifications:kinds.dispute.appealDecided.changed" : "notifications:kinds.dispute.appealDecided.kept",
      `notifications:kinds.dispute.outcome.${d.resolution}`,
    ],
    params: (d, context) => ({ ...disputeParams(d), ...splitParams(d, context), reason: d.reason }),
  }),
};
