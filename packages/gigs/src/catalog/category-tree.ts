import type { Db } from "@hunar/db/client";

export interface CategoryNode {
  id: string;
  slug: string;
  nameUr: string;
  nameEn: string;
  children: CategoryNode[];
}

/** The whole bilingual category tree, siblings in their editorial order. One query, built in memory. */
export async function loadCategoryTree(db: Db): Promise<CategoryNode[]> {
  const rows = await db.category.findMany({
    select: { id: true, slug: true, nameUr: true, nameEn: true, parentId: true },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
  });
  const nodes = new Map<string, CategoryNode>();
  for (const row of rows) nodes.set(row.id, { id: row.id, slug: row.slug, nameUr: row.nameUr, nameEn: row.nameEn, children: [] });
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
