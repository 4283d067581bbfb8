import type { Tx } from "@hunar/db/types";

/** Tag slug: spaces to hyphens; Urdu letters are kept, so "لوگو" is its own tag. */
export function tagSlug(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "-");
}

/**
 * Makes `labels` the gig's tags. Tags are shared by every gig, so "logo" finds all logo gigs;
 * a new one is inserted with ON CONFLICT DO NOTHING, which two gigs adding it at once survive.
 */
export async function saveGigTags(tx: Tx, gigId: string, labels: readonly string[]): Promise<void> {
  const bySlug = new Map(labels.map((label) => [tagSlug(label), label]));
  await tx.gigTag.deleteMany({ where: { gigId } });
  if (bySlug.size === 0) return;
  await tx.tag.createMany({
    data: [...bySlug].map(([slug, label]) => ({ slug, label })),
    skipDuplicates: true,
  });
  const tags = await tx.tag.findMany({ where: { slug: { in: [...bySlug.keys()] } }, select: { id: true } });
  await tx.gigTag.createMany({ data: tags.map((tag) => ({ gigId, tagId: tag.id })) });
}
