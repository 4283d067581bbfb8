import { isNotificationKind, kindDefinition, type KindDefinition, type NotificationKind, type RenderContext } from "../kinds.ts";

// The one reading of the kind registry: which keys say what a notification is about and which
// values they interpolate. The inbox, the live notices and the e-mails all render through it.
// No server-only imports: the browser renders live notices and the inbox with it.

export interface NotificationTexts {
  /** i18n key of the kind's name (preferences, unsubscribe page). */
  label: string;
  /** i18n key of the one-line title (the e-mail's subject). */
  subject: string;
  /** i18n keys of the body: the kind's main paragraph, then those only some rows have. */
  paragraphs: string[];
  /** Interpolation values, already formatted for the reader. */
  params: Record<string, string>;
}

export interface RenderedNotification {
  title: string;
  text: string;
}

function textsOf(definition: KindDefinition<unknown>, data: unknown, context: RenderContext): NotificationTexts {
  return {
    label: definition.label,
    subject: definition.subject,
    paragraphs: [definition.body, ...(definition.more?.(data) ?? [])],
    params: definition.params(data, context),
  };
}

/** The texts of a notification of a known kind; data that does not fit the kind throws. */
export function notificationTexts(kind: NotificationKind, data: unknown, context: RenderContext): NotificationTexts {
  const definition = kindDefinition(kind);
  return textsOf(definition, definition.data.parse(data), context);
}

/** A title is one line whatever a user-written value inside it contains. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t\v\f\u2028\u2029]+/g, " ").trim();
}

/**
 * A value inside a sentence (a name, a gig title, an amount) between Unicode isolates (FSI ...
 * PDI), the plain-text form of <bdi>: Latin words and digits inside Urdu, and Urdu inside
 * English, keep their own direction without reordering the sentence around them.
 */
const isolated = (params: Record<string, string>) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, value === "" ? value : `\u2068${value}\u2069`]));

/**
 * A stored row's title and text in the reader's language (the context's `t` and locale), or
 * null when this code cannot read it: a kind a newer release wrote, or data that no longer fits.
 * Interpolated values are isolated (see above).
 */
export function renderNotification(row: { kind: string; data: unknown }, context: RenderContext): RenderedNotification | null {
  if (!isNotificationKind(row.kind)) return null;
  const definition = kindDefinition(row.kind);
  const data = definition.data.safeParse(row.data);
  if (!data.success) return null;
  const texts = textsOf(definition, data.data, context);
  const params = isolated(texts.params);
  return {
    title: oneLine(context.t(texts.subject, params)),
    text: texts.paragraphs.map((key) => context.t(key, params)).join(" "),
  };
}
