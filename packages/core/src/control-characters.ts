/**
 * C0 controls other than tab and line breaks, and DEL. PostgreSQL refuses NUL in text, and none of
 * the rest is anything a person types; tabs and newlines are what textareas send.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function containsControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

// Deeper than any form or API input; stops a hostile body from exhausting the stack.
const MAX_DEPTH = 32;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The paths of every string in `value` (plain objects and arrays, walked) with control characters. */
export function pathsWithControlCharacters(value: unknown, path: readonly PropertyKey[] = [], depth = 0): PropertyKey[][] {
  if (typeof value === "string") return containsControlCharacters(value) ? [[...path]] : [];
  if (depth >= MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => pathsWithControlCharacters(item, [...path, index], depth + 1));
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => pathsWithControlCharacters(item, [...path, key], depth + 1));
}
