import type { Locale } from "@hunar/db/types";

/** A job's title in the reader's language, or in the only language the client wrote it in. */
export function jobTitle(job: { titleUr: string | null; titleEn: string | null }, locale: Locale): string {
  const title = locale === "ur" ? (job.titleUr ?? job.titleEn) : (job.titleEn ?? job.titleUr);
  return title ?? "";
}
