/** Joins class names, skipping false/empty values: `cx("a", isOn && "b")`. */
export function cx(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}
