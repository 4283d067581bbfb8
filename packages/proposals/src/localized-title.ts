import type { Locale } from "@hunar/db/types";

/** A job's or gig's title in the reader's language, or in the only language its author wrote it in. */
export function localizedTitle(item: { titleUr: string | null; titleEn: string | null }, locale: Locale): string {
  const title = locale === "ur" ? (item.titleUr ?? item.titleEn) : (item.titleEn ?? item.titleUr);
  return title ?? "";
}
