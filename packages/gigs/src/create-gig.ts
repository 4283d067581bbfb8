import type { Db } from "@hunar/db/types";
import { assertSubcategory } from "./category-check.ts";
import { GIG_REF_SELECT, type GigActor, type GigRef } from "./gig-actor.ts";
import { parseGigInput } from "./parse-gig-input.ts";
import { availableGigSlug } from "./slug.ts";
import { isUniqueViolation } from "./unique-violation.ts";
import type { GigFormValues } from "./validation.ts";
import { gigColumns, writeGigChildren } from "./write-gig-content.ts";

/**
 * Creates a DRAFT listing owned by the actor. Everything is checked before or inside one
 * transaction, so a refused form (bad field, wrong category, someone else's image) stores nothing.
 */
export async function createGig(db: Db, actor: GigActor, values: GigFormValues): Promise<GigRef> {
  const input = parseGigInput(values);
  const attempt = (forceSuffix: boolean) =>
    db.$transaction(async (tx) => {
      await assertSubcategory(tx, input.categoryId);
      const gig = await tx.gig.create({
        data: {
          slug: await availableGigSlug(tx, input.titleEn, { forceSuffix }),
          freelancerId: actor.userId,
          ...gigColumns(input),
        },
        select: GIG_REF_SELECT,
      });
      await writeGigChildren(tx, { id: gig.id, freelancerId: actor.userId }, input);
      return gig;
    });
  try {
    return await attempt(false);
  } catch (error) {
    // Another gig took the same readable slug between our check and insert.
    if (!isUniqueViolation(error)) throw error;
    return attempt(true);
  }
}
