import { formatMoney } from "@hunar/i18n/format";
import type { Locale } from "@hunar/i18n/config";
import type { createT } from "@hunar/i18n/translate";
import { z } from "zod";

// The shape of one kind of notification and the value types its data is made of. Data is plain
// JSON (it is stored): money as a string of paisa, times as ISO strings.

export const ZId = z.string().min(1).max(64);
export const ZPaisa = z.string().regex(/^\d{1,18}$/, "paisa as a string of digits");
export const ZIsoTime = z.iso.datetime();
export const ZTitle = z.string().min(1).max(200);
export const ZReason = z.string().min(1).max(500);

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

export const defineKind = <Data>(definition: KindDefinition<Data>) => definition;

export const money = (paisa: string, locale: Locale) => formatMoney(BigInt(paisa), locale);
export const REASON_LINE = "notifications:email.reason";
