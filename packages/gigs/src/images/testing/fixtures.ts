import { randomUUID } from "node:crypto";
import { createTestUser } from "@hunar/db/testing/factories";
import type { Db } from "@hunar/db/types";

/** A freelancer account; the password is never used by image tests. */
export async function createFreelancer(db: Db): Promise<string> {
  return (await createTestUser(db, "Ayesha Khan")).userId;
}

/** A draft gig of `freelancerId` in a fresh subcategory. */
export async function createDraftGig(db: Db, freelancerId: string): Promise<string> {
  const slug = randomUUID();
  const parent = await db.category.create({ data: { slug: `design-${slug}`, nameUr: "ڈیزائن", nameEn: "Design" } });
  const category = await db.category.create({
    data: { slug: `logo-${slug}`, nameUr: "لوگو ڈیزائن", nameEn: "Logo design", parentId: parent.id },
  });
  const gig = await db.gig.create({
    data: { slug: `gig-${slug}`, freelancerId, categoryId: category.id, titleEn: "I will design a modern logo" },
    select: { id: true },
  });
  return gig.id;
}
