/**
 * A same-site path to go to after logging in. Anything that could leave the site (absolute URLs,
 * protocol-relative `//host`, backslash tricks) falls back to the home page.
 */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || target === "") return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.includes("\\")) return fallback;
  return target;
}
