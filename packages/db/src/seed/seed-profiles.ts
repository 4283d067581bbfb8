import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { uploadKey } from "@hunar/core/upload-keys";
import { LocalDiskUploadStorage, type UploadStorage } from "@hunar/core/upload-storage";
import sharp from "sharp";
import { env } from "../env.ts";
import type { SeedDb } from "./db-handle.ts";

/** The demo freelancer whose profile shows a portfolio and a certificate. */
export const SHOWCASE_HANDLE = "ayesha.khan";

// Two logos drawn as SVG and encoded at seed time, so the demo needs no image files in the repo.
const WORKS = [
  {
    title: "Karachi Biryani House — logo",
    description: "ایک ریستوران کا لوگو: دیگ، چاول اور کراچی کی شام کے رنگ۔",
    link: "https://example.pk/biryani-house",
    colours: ["#b45309", "#fde68a"],
    mark: "بریانی",
  },
  {
    title: "Noor Boutique — brand identity",
    description: "Logo, colours and labels for a Lahore clothing boutique.",
    link: null,
    colours: ["#047857", "#d1fae5"],
    mark: "نور",
  },
] as const;

// The profiles package's naming (a 32-hex base, one file per width); this floor cannot import it.
const PORTFOLIO_WIDTHS = [480, 1200] as const;

function svg(colours: readonly [string, string], mark: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><rect width="1200" height="900" fill="${colours[1]}"/>` +
      `<circle cx="600" cy="420" r="260" fill="${colours[0]}"/><text x="600" y="470" font-size="150" text-anchor="middle" fill="${colours[1]}">${mark}</text></svg>`,
  );
}

let storage: UploadStorage | undefined;
const profileFiles = () => (storage ??= new LocalDiskUploadStorage(join(env.DATA_DIR, "uploads"), "profiles"));

/**
 * A portfolio of two pieces and a DigiSkills.pk certificate for the showcase freelancer, once:
 * if they already have a portfolio (a re-seed, or they changed it) nothing is added.
 */
export async function seedDemoProfiles(
  db: SeedDb,
  ids: ReadonlyMap<string, string>,
  files: UploadStorage = profileFiles(),
): Promise<number> {
  const userId = ids.get(SHOWCASE_HANDLE);
  if (!userId) return 0;
  if ((await db.portfolioItem.count({ where: { userId } })) > 0) return 0;
  for (const [position, work] of WORKS.entries()) {
    const base = randomBytes(16).toString("hex");
    const image = sharp(svg(work.colours, work.mark));
    for (const width of PORTFOLIO_WIDTHS) {
      const bytes = await image.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
      await files.put(uploadKey("profiles", `${base}-${width}.webp`), bytes);
    }
    await db.portfolioItem.create({
      data: {
        userId,
        title: work.title,
        description: work.description,
        link: work.link,
        imageKey: base,
        imageWidth: 1200,
        imageHeight: 900,
        position,
      },
    });
  }
  await db.certificate.create({
    data: {
      userId,
      title: "Creative Design (Graphic Design)",
      issuer: "DigiSkills.pk",
      issuedOn: new Date("2023-06-30T00:00:00Z"),
      position: 0,
    },
  });
  return WORKS.length;
}
