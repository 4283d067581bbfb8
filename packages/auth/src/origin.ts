/**
 * CSRF defence for mutations: browsers always send Origin on cross-site (and same-site non-GET)
 * requests, so a mutation whose Origin is missing or not ours is refused with 403. Matching is on
 * the serialised origin (scheme, host, port), never a prefix.
 */
export function isAllowedOrigin(originHeader: string | null | undefined, allowedOrigins: readonly string[]): boolean {
  if (!originHeader || originHeader === "null") return false;
  const origin = normaliseOrigin(originHeader);
  if (origin === null) return false;
  return allowedOrigins.some((allowed) => normaliseOrigin(allowed) === origin);
}

/**
 * The request's own origin, from its Host header, over http and https (TLS often ends at a proxy).
 * Safe against CSRF: a cross-site request carries the attacker's Origin but our Host.
 */
export function requestOrigins(headers: Headers): string[] {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return [];
  const first = host.split(",")[0]?.trim();
  if (!first) return [];
  return [`http://${first}`, `https://${first}`];
}

function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}
