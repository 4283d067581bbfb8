import type { Db } from "@hunar/db/client";
import { createTestUser } from "@hunar/db/testing/factories";
import { seedCategories } from "@hunar/db/seed";
import { createGig } from "../create-gig.ts";
import type { GigActor } from "../gig-actor.ts";
import { approveGig } from "../moderate-gig.ts";
import { submitGig } from "../submit-gig.ts";
import { gigFormValues } from "./gig-form.ts";
import type { GigFormValues } from "../validation.ts";

export interface GigWorld {
  /** "Logo design", a subcategory. */
  logoCategoryId: string;
  /** "Graphic design", a main category (gigs may not use it). */
  designCategoryId: string;
  freelancer: GigActor;
  stranger: GigActor;
  admin: GigActor & { isAdmin: true };
}

let counter = 0;

/** A user with a profile; `isAdmin` as given. */
export async function createPerson(db: Db, name: string, options: { isAdmin?: boolean; city?: string } = {}): Promise<GigActor> {
  const { userId, isAdmin } = await createTestUser(db, name, {
    isAdmin: options.isAdmin ?? false,
    profile: { city: options.city ?? "Lahore" },
  });
  return { userId, isAdmin };
}

/** The seeded category tree and three people: a freelancer, someone else, an admin. */
export async function createGigWorld(db: Db): Promise<GigWorld> {
  const categories = await db.$transaction((tx) => seedCategories(tx));
  const category = (slug: string) => {
    const id = categories.get(slug);
    if (!id) throw new Error(`seeded category ${slug} is missing`);
    return id;
  };
  return {
    logoCategoryId: category("logo-design"),
    designCategoryId: category("graphic-design"),
    freelancer: await createPerson(db, "Ayesha Khan"),
    stranger: await createPerson(db, "Bilal Ahmed", { city: "Karachi" }),
    admin: { ...(await createPerson(db, "Hunar Admin", { isAdmin: true })), isAdmin: true },
  };
}

/** An uploaded image waiting to be put on a gig (what uploadGigImage leaves behind). */
export async function pendingImage(db: Db, uploaderId: string): Promise<string> {
  counter += 1;
  const image = await db.gigImage.create({
    data: {
      uploaderId,
      storageKey: `test-${counter}-${Math.random().toString(36).slice(2)}`,
      mimeType: "image/webp",
      width: 1200,
      height: 800,
      byteSize: 50_000,
      variantWidths: [400, 1200],
    },
    select: { id: true },
  });
  return image.id;
}

/** A gig taken through create → submit → approve. */
export async function publishedGig(db: Db, world: GigWorld, overrides: Partial<GigFormValues> = {}) {
  const gig = await createGig(db, world.freelancer, gigFormValues(world.logoCategoryId, overrides));
  await submitGig(db, world.freelancer, gig.id);
  return approveGig(db, { userId: world.admin.userId, isAdmin: true }, { kind: "SUBMISSION", gigId: gig.id }, "Meets the listing rules");
}
