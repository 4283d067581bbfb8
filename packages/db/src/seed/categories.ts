import { CATEGORY_TREE, type CategorySeed } from "./category-tree.ts";
import type { SeedDb } from "./db-handle.ts";

/**
 * Upserts the bilingual category tree by slug and returns slug -> id for every category.
 * Names and order follow the code (it is reference data); ids never change, so gigs stay put.
 */
export async function seedCategories(db: SeedDb, tree: readonly CategorySeed[] = CATEGORY_TREE): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, root] of tree.entries()) {
    const parentId = await upsertCategory(db, root, null, index);
    ids.set(root.slug, parentId);
    for (const [childIndex, child] of root.children.entries()) {
      ids.set(child.slug, await upsertCategory(db, child, parentId, childIndex));
    }
  }
  return ids;
}

async function upsertCategory(
  db: SeedDb,
  category: { slug: string; nameEn: string; nameUr: string },
  parentId: string | null,
  sortOrder: number,
): Promise<string> {
  const fields = { nameEn: category.nameEn, nameUr: category.nameUr, parentId, sortOrder };
  const row = await db.category.upsert({
    where: { slug: category.slug },
    create: { slug: category.slug, ...fields },
    update: fields,
    select: { id: true },
  });
  return row.id;
}
