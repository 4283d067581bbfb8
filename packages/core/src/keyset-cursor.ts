/**
 * A position in a list sorted newest first by (time desc, id desc): the last row shown. Opaque to
 * the browser (base64url), so pages link to `?cursor=...` without exposing or inviting edits of
 * the keys; a cursor that does not decode is bad input, never a 500.
 */
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.at.getTime()}.${position.id}`, "utf8").toString("base64url");
}

/** The position, or null when the text is not a cursor this function wrote. */
export function decodeKeysetCursor(cursor: string): KeysetPosition | null {
  if (cursor.length > 200) return null;
  const match = /^(\d{1,15})\.([\w-]{1,64})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match?.[1] || !match[2]) return null;
  return { at: new Date(Number(match[1])), id: match[2] };
}

/** The Prisma `where` that continues after the position in (at desc, id desc) order. */
export function afterKeyset<Field extends string>(field: Field, position: KeysetPosition) {
  return {
    OR: [{ [field]: { lt: position.at } }, { [field]: position.at, id: { lt: position.id } }],
  } as { OR: ({ [K in Field]: { lt: Date } } | ({ [K in Field]: Date } & { id: { lt: string } }))[] };
}
