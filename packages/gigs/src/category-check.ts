import { badInput } from "@hunar/core/app-error";
import type { Tx } from "@hunar/db/types";

/** Gigs are filed under a subcategory ("Logo design"), never a main category ("Graphic design"). */
export async function assertSubcategory(tx: Tx, categoryId: string): Promise<void> {
  const category = await tx.category.findUnique({ where: { id: categoryId }, select: { parentId: true } });
  if (!category) throw badInput({ categoryId: { key: "gigs:errors.categoryInvalid" } });
  if (category.parentId === null) throw badInput({ categoryId: { key: "gigs:errors.categoryNotSubcategory" } });
}
