import { formatDate, formatMoney } from "@hunar/i18n/format";
import type { Locale } from "@hunar/i18n/config";
import type { createT } from "@hunar/i18n/translate";
import { z } from "zod";

// Every kind of notification, in one place: what its data holds, which texts render it (keys in
// the `notifications` namespace, both languages) and whether it may be e-mailed. Data is plain
// JSON (it is stored): money as a string of paisa, times as ISO strings.

const ZId = z.string().min(1).max(64);
const ZPaisa = z.string().regex(/^\d{1,18}$/, "paisa as a string of digits");
const ZIsoTime = z.iso.datetime();
const ZTitle = z.string().min(1).max(200);
const ZReason = z.string().min(1).max(500);

export interface RenderContext {
  locale: Locale;
  t: ReturnType<typeof createT>;
}

export interface KindDefinition<Data> {
  data: z.ZodType<Data>;
  /** May this kind be e-mailed (and so be switched off per user)? Live delivery is always on. */
  email: boolean;
  /** What the preferences and unsubscribe pages call it. */
  label: string;
  subject: string;
  body: string;
  /** Further paragraphs, by key, that only some notifications have (a reason, a funded order). */
  more?: (data: Data) => string[];
  /** Interpolation values, formatted for the reader: money, dates and numbers through Intl. */
  params: (data: Data, context: RenderContext) => Record<string, string>;
}

const defineKind = <Data>(definition: KindDefinition<Data>) => definition;

const money = (paisa: string, locale: Locale) => formatMoney(BigInt(paisa), locale);
const REASON_LINE = "notifications:email.reason";

export const NOTIFICATION_KINDS = {
  /** To the freelancer: the client paid, the order is funded and the clock runs. */
  "order.paid": defineKind({
    data: z.object({
      orderId: ZId,
      orderNumber: z.number().int().positive(),
      title: ZTitle,
      clientName: z.string().min(1).max(100),
      subtotalPaisa: ZPaisa,
      dueAt: ZIsoTime,
    }),
    email: true,
    label: "notifications:kinds.order.paid.label",
    subject: "notifications:kinds.order.paid.subject",
    body: "notifications:kinds.order.paid.body",
    params: (d, { locale }) => ({
      number: String(d.orderNumber),
      title: d.title,
      client: d.clientName,
      amount: money(d.subtotalPaisa, locale),
      dueDate: formatDate(d.dueAt, locale, { dateStyle: "long" }),
    }),
  }),
  /** To either party of an order that was cancelled before delivery. */
  "order.cancelled": defineKind({
    data: z.object({
      orderId: ZId,
      orderNumber: z.number().int().positive(),
      title: ZTitle,
      cancelledAt: ZIsoTime,
      reason: ZReason.nullable(),
    }),
    email: true,
    label: "notifications:kinds.order.cancelled.label",
    subject: "notifications:kinds.order.cancelled.subject",
    body: "notifications:kinds.order.cancelled.body",
    more: (d) => (d.reason ? [REASON_LINE] : []),
    params: (d, { locale }) => ({
      number: String(d.orderNumber),
      title: d.title,
      date: formatDate(d.cancelledAt, locale, { dateStyle: "long" }),
      reason: d.reason ?? "",
    }),
  }),
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
