import { formatDate } from "@hunar/i18n/format";
import { z } from "zod";
import { defineKind, money, REASON_LINE, ZId, ZIsoTime, ZPaisa, ZReason, ZTitle, type RenderContext } from "./kind-definition.ts";

// The notifications of an order's life, each to the party whose attention it needs. Every one
// names the order (id, number, title) so its texts say which order and its link opens it.

const ORDER = { orderId: ZId, orderNumber: z.number().int().positive(), title: ZTitle };
const ZName = z.string().min(1).max(100);

type OrderBase = { orderNumber: number; title: string };
const orderParams = (d: OrderBase) => ({ number: String(d.orderNumber), title: d.title });
const longDate = (iso: string, { locale }: RenderContext) => formatDate(iso, locale, { dateStyle: "long" });
const dateTime = (iso: string, { locale }: RenderContext) => formatDate(iso, locale, { dateStyle: "long", timeStyle: "short" });

/** Texts at notifications:kinds.order.<name>.{label,subject,body}. */
const texts = (name: string) => ({
  label: `notifications:kinds.order.${name}.label`,
  subject: `notifications:kinds.order.${name}.subject`,
  body: `notifications:kinds.order.${name}.body`,
});

export const ORDER_KINDS = {
  /** To the freelancer: the client paid, the order is funded (the clock runs once requirements are in). */
  "order.paid": defineKind({
    data: z.object({ ...ORDER, clientName: ZName, subtotalPaisa: ZPaisa, dueAt: ZIsoTime.nullable() }),
    email: true,
    ...texts("paid"),
    more: (d) => [d.dueAt ? "notifications:kinds.order.paid.due" : "notifications:kinds.order.paid.waiting"],
    params: (d, context) => ({
      ...orderParams(d),
      client: d.clientName,
      amount: money(d.subtotalPaisa, context.locale),
      dueDate: d.dueAt ? longDate(d.dueAt, context) : "",
    }),
  }),
  /** To the freelancer: the client answered the requirements, the clock runs. */
  "order.requirementsSubmitted": defineKind({
    data: z.object({ ...ORDER, dueAt: ZIsoTime }),
    email: true,
    ...texts("requirementsSubmitted"),
    params: (d, context) => ({ ...orderParams(d), dueDate: longDate(d.dueAt, context) }),
  }),
  /** To the client: the work is delivered; accept it or ask for a revision before it completes itself. */
  "order.delivered": defineKind({
    data: z.object({ ...ORDER, freelancerName: ZName, autoCompleteAt: ZIsoTime }),
    email: true,
    ...texts("delivered"),
    params: (d, context) => ({ ...orderParams(d), freelancer: d.freelancerName, autoCompleteAt: dateTime(d.autoCompleteAt, context) }),
  }),
  /** To the freelancer: the client asked for changes. */
  "order.revisionRequested": defineKind({
    data: z.object({ ...ORDER, clientName: ZName, dueAt: ZIsoTime }),
    email: true,
    ...texts("revisionRequested"),
    params: (d, context) => ({ ...orderParams(d), client: d.clientName, dueDate: longDate(d.dueAt, context) }),
  }),
  /** To the freelancer: the client accepted the delivery and the escrow was released. */
  "order.completed": defineKind({
    data: z.object({ ...ORDER, netPaisa: ZPaisa }),
    email: true,
    ...texts("completed"),
    params: (d, context) => ({ ...orderParams(d), amount: money(d.netPaisa, context.locale) }),
  }),
  /** To both parties: nobody replied to the delivery in time, so the order completed by itself. */
  "order.autoCompleted": defineKind({
    data: z.object({ ...ORDER }),
    email: true,
    ...texts("autoCompleted"),
    params: (d) => orderParams(d),
  }),
  /** To the client, a day before: the delivered order completes by itself unless they reply. */
  "order.autoCompleteSoon": defineKind({
    data: z.object({ ...ORDER, autoCompleteAt: ZIsoTime }),
    email: true,
    ...texts("autoCompleteSoon"),
    params: (d, context) => ({ ...orderParams(d), autoCompleteAt: dateTime(d.autoCompleteAt, context) }),
  }),
  /**
   * To the client, a day before: a delivered milestone that is not the contract's last is
   * accepted by itself and its payment released unless they reply; the order goes on (the last
   * milestone completes the order, so it gets order.autoCompleteSoon).
   */
  "order.milestoneAutoAcceptSoon": defineKind({
    data: z.object({ ...ORDER, position: z.number().int().positive(), milestoneTitle: ZTitle, autoCompleteAt: ZIsoTime }),
    email: true,
    ...texts("milestoneAutoAcceptSoon"),
    params: (d, context) => ({
      ...orderParams(d),
      position: String(d.position),
      milestone: d.milestoneTitle,
      autoCompleteAt: dateTime(d.autoCompleteAt, context),
    }),
  }),
  /** To the client: the freelancer asks for more days. */
  "order.extensionRequested": defineKind({
    data: z.object({ ...ORDER, freelancerName: ZName, days: z.number().int().positive(), reason: ZReason }),
    email: true,
    ...texts("extensionRequested"),
    more: () => [REASON_LINE],
    params: (d) => ({ ...orderParams(d), freelancer: d.freelancerName, days: String(d.days), reason: d.reason }),
  }),
  /** To the freelancer: the client accepted or declined the extension. */
  "order.extensionAnswered": defineKind({
    data: z.object({ ...ORDER, accepted: z.boolean(), dueAt: ZIsoTime }),
    email: true,
    ...texts("extensionAnswered"),
    more: (d) => [
      d.accepted ? "notifications:kinds.order.extensionAnswered.accepted" : "notifications:kinds.order.extensionAnswered.declined",
    ],
    params: (d, context) => ({ ...orderParams(d), dueDate: longDate(d.dueAt, context) }),
  }),
  /** To the other party: one side asks to cancel the order. */
  "order.cancellationRequested": defineKind({
    data: z.object({ ...ORDER, requesterName: ZName, reason: ZReason }),
    email: true,
    ...texts("cancellationRequested"),
    more: () => [REASON_LINE],
    params: (d) => ({ ...orderParams(d), requester: d.requesterName, reason: d.reason }),
  }),
  /** To the requester: the other party declined to cancel; the order goes on. */
  "order.cancellationDeclined": defineKind({
    data: z.object({ ...ORDER }),
    email: true,
    ...texts("cancellationDeclined"),
    params: (d) => orderParams(d),
  }),
  /** To either party of an order that was cancelled before delivery. */
  "order.cancelled": defineKind({
    data: z.object({ ...ORDER, cancelledAt: ZIsoTime, reason: ZReason.nullable() }),
    email: true,
    ...texts("cancelled"),
    more: (d) => (d.reason ? [REASON_LINE] : []),
    params: (d, context) => ({ ...orderParams(d), date: longDate(d.cancelledAt, context), reason: d.reason ?? "" }),
  }),
  /** To the freelancer: the client paid a contract's next milestone (the first is announced by order.paid). */
  "order.milestoneFunded": defineKind({
    data: z.object({
      ...ORDER,
      clientName: ZName,
      position: z.number().int().positive(),
      milestoneTitle: ZTitle,
      amountPaisa: ZPaisa,
      dueAt: ZIsoTime,
    }),
    email: true,
    ...texts("milestoneFunded"),
    params: (d, context) => ({
      ...orderParams(d),
      client: d.clientName,
      position: String(d.position),
      milestone: d.milestoneTitle,
      amount: money(d.amountPaisa, context.locale),
      dueDate: longDate(d.dueAt, context),
    }),
  }),
  /**
   * A milestone that leaves more of the contract was accepted and its escrow released: to the
   * freelancer; when nobody replied in time (automatic), to both. The last one completes the order
   * (order.completed / order.autoCompleted).
   */
  "order.milestoneAccepted": defineKind({
    data: z.object({
      ...ORDER,
      position: z.number().int().positive(),
      milestoneTitle: ZTitle,
      netPaisa: ZPaisa,
      automatic: z.boolean(),
    }),
    email: true,
    ...texts("milestoneAccepted"),
    more: (d) => [
      d.automatic ? "notifications:kinds.order.milestoneAccepted.automatic" : "notifications:kinds.order.milestoneAccepted.next",
    ],
    params: (d, context) => ({
      ...orderParams(d),
      position: String(d.position),
      milestone: d.milestoneTitle,
      amount: money(d.netPaisa, context.locale),
    }),
  }),
  /** To the reviewed party: the other side reviewed them (shown once both are in, or the window closes). */
  "review.received": defineKind({
    data: z.object({ ...ORDER, authorName: ZName, revealed: z.boolean() }),
    email: true,
    label: "notifications:kinds.review.received.label",
    subject: "notifications:kinds.review.received.subject",
    body: "notifications:kinds.review.received.body",
    more: (d) => [d.revealed ? "notifications:kinds.review.received.revealed" : "notifications:kinds.review.received.hidden"],
    params: (d) => ({ ...orderParams(d), author: d.authorName }),
  }),
} as const;
