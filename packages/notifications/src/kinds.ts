import { z } from "zod";
import { defineKind, money, REASON_LINE, ZId, ZPaisa, ZReason, type KindDefinition } from "./kind-definition.ts";
import { DISPUTE_KINDS } from "./dispute-kinds.ts";
import { HIRING_KINDS } from "./hiring-kinds.ts";
import { ORDER_KINDS } from "./order-kinds.ts";

export type { KindDefinition, RenderContext } from "./kind-definition.ts";

// Every kind of notification, in one place: what its data holds, which texts render it (keys in
// the `notifications` namespace, both languages) and whether it may be e-mailed. Order kinds live
// in order-kinds.ts, hiring kinds (jobs, proposals, offers) in hiring-kinds.ts, dispute kinds in dispute-kinds.ts; money kinds are below.

export const NOTIFICATION_KINDS = {
  ...ORDER_KINDS,
  ...HIRING_KINDS,
  ...DISPUTE_KINDS,
  /** To the client: an admin (or the gateway) confirmed their transfer into the wallet. */
  "funding.confirmed": defineKind({
    data: z.object({ fundingRequestId: ZId, amountPaisa: ZPaisa, orderFunded: z.boolean() }),
    email: true,
    label: "notifications:kinds.funding.confirmed.label",
    subject: "notifications:kinds.funding.confirmed.subject",
    body: "notifications:kinds.funding.confirmed.body",
    more: (d) => (d.orderFunded ? ["notifications:kinds.funding.confirmed.orderFunded"] : []),
    params: (d, { locale }) => ({ amount: money(d.amountPaisa, locale) }),
  }),
  /** To the client: the transfer was not found (an admin's reason) or the gateway failed it (none). */
  "funding.rejected": defineKind({
    data: z.object({ fundingRequestId: ZId, amountPaisa: ZPaisa, reason: ZReason.nullable() }),
    email: true,
    label: "notifications:kinds.funding.rejected.label",
    subject: "notifications:kinds.funding.rejected.subject",
    body: "notifications:kinds.funding.rejected.body",
    more: (d) => (d.reason ? [REASON_LINE] : []),
    params: (d, { locale }) => ({ amount: money(d.amountPaisa, locale), reason: d.reason ?? "" }),
  }),
  /** To the freelancer: the admin sent the withdrawal and recorded the bank's reference. */
  "payout.paid": defineKind({
    data: z.object({
      payoutRequestId: ZId,
      amountPaisa: ZPaisa,
      rail: z.enum(["IBAN", "RAAST", "JAZZCASH", "EASYPAISA"]),
      reference: z.string().min(1).max(64),
    }),
    email: true,
    label: "notifications:kinds.payout.paid.label",
    subject: "notifications:kinds.payout.paid.subject",
    body: "notifications:kinds.payout.paid.body",
    params: (d, { locale, t }) => ({
      amount: money(d.amountPaisa, locale),
      rail: t(`payments:rails.${d.rail}`),
      reference: d.reference,
    }),
  }),
  /** To the freelancer: the withdrawal could not be paid; the money is available again. */
  "payout.rejected": defineKind({
    data: z.object({ payoutRequestId: ZId, amountPaisa: ZPaisa, reason: ZReason }),
    email: true,
    label: "notifications:kinds.payout.rejected.label",
    subject: "notifications:kinds.payout.rejected.subject",
    body: "notifications:kinds.payout.rejected.body",
    more: () => [REASON_LINE],
    params: (d, { locale }) => ({ amount: money(d.amountPaisa, locale), reason: d.reason }),
  }),
} as const;

type Kinds = typeof NOTIFICATION_KINDS;
export type NotificationKind = keyof Kinds;
export type NotificationData<K extends NotificationKind> = z.output<Kinds[K]["data"]>;

export const KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
export const EMAIL_KINDS: readonly NotificationKind[] = KIND_NAMES.filter((kind) => NOTIFICATION_KINDS[kind].email);

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && Object.hasOwn(NOTIFICATION_KINDS, value);
}

export function isEmailKind(value: unknown): value is NotificationKind {
  return isNotificationKind(value) && NOTIFICATION_KINDS[value].email;
}

/** The definition of a stored row's kind, widened so any kind's data can be passed through it. */
export function kindDefinition(kind: NotificationKind): KindDefinition<unknown> {
  return NOTIFICATION_KINDS[kind] as unknown as KindDefinition<unknown>;
}
