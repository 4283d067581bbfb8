// Synthetic jobs for the /jobs benchmark, inserted in bulk as the gig benchmark's gigs are: one
// INSERT ... SELECT FROM unnest(...) per batch, each column one array parameter. Titles come from
// the category tree's own English and Urdu names, with the Roman Urdu people type.
import type { Db } from "@hunar/db/client";
import { CATEGORY_TREE, seedCategories } from "@hunar/db/seed";
import { Prisma } from "@hunar/db/types";

const BATCH = 5_000;
// Inserting fills each job's search vector and the word list (triggers of 0018_hiring).
const BATCH_TIMEOUT_MS = 120_000;

const SUBCATEGORIES = CATEGORY_TREE.flatMap((root) => root.children);
const QUALITIES = [
  { en: "experienced", ur: "تجربہ کار", roman: "tajurba kaar" },
  { en: "affordable", ur: "سستا", roman: "sasta" },
  { en: "urgent", ur: "فوری", roman: "jaldi" },
  { en: "professional", ur: "پیشہ ور", roman: "professional" },
] as const;
const AUDIENCES = [
  { en: "shop", ur: "دکان", roman: "dukan" },
  { en: "school", ur: "اسکول", roman: "school" },
  { en: "restaurant", ur: "ریستوران", roman: "hotel" },
  { en: "clinic", ur: "کلینک", roman: "clinic" },
  { en: "business", ur: "کاروبار", roman: "karobar" },
] as const;
// Roman Urdu for a few services, as clients type them ("logo bnana", "tarjuma krna").
const ROMAN: Record<string, string> = {
  "logo-design": "logo bnana",
  "website-development": "website bnana",
  "urdu-english-translation": "tarjuma krna",
  "video-editing": "video edit krna",
  "data-entry": "data entry ka kaam",
  wordpress: "wordpress website bnana",
};
// Most posts are open and public; the rest are what the search must skip.
const HIDDEN = [
  ["OPEN", "INVITE_ONLY"],
  ["FILLED", "PUBLIC"],
  ["CLOSED", "PUBLIC"],
  ["REMOVED", "PUBLIC"],
] as const;

/** Deterministic PRNG (mulberry32), so a run's jobs are the same every time. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick };
}

type Random = ReturnType<typeof createRandom>;

interface Columns {
  id: string[];
  clientId: string[];
  categoryId: string[];
  titleUr: (string | null)[];
  titleEn: (string | null)[];
  descriptionUr: (string | null)[];
  descriptionEn: (string | null)[];
  skills: string[];
  budgetType: string[];
  budgetMinPaisa: number[];
  budgetMaxPaisa: number[];
  visibility: string[];
  status: string[];
  proposalCount: number[];
  createdAt: string[];
}

function addJob(
  columns: Columns,
  random: Random,
  id: string,
  clientIds: readonly string[],
  categories: ReadonlyMap<string, string>,
  hidden: boolean,
) {
  const service = random.pick(SUBCATEGORIES);
  const quality = random.pick(QUALITIES);
  const audience = random.pick(AUDIENCES);
  const roman = ROMAN[service.slug];
  const language = random.next();
  // A third Urdu only, a third English only (typed in Roman Urdu where people do), a third both.
  const withUrdu = language < 2 / 3;
  const withEnglish = language >= 1 / 3;
  const en = service.nameEn.toLowerCase();
  const titleEn =
    roman && random.next() < 0.5 ? `${roman} hai, ${audience.roman} ke liye` : `Need ${quality.en} ${en} for my ${audience.en}`;
  const fixed = random.next() < 0.4;
  const minPaisa = random.int(2, 400) * 50_000; // Rs 1,000 to Rs 200,000
  const [status, visibility] = hidden ? random.pick(HIDDEN) : (["OPEN", "PUBLIC"] as const);
  columns.id.push(id);
  columns.clientId.push(random.pick(clientIds));
  columns.categoryId.push(categories.get(service.slug) ?? "");
  columns.titleUr.push(withUrdu ? `میرے ${audience.ur} کے لیے ${quality.ur} ${service.nameUr} چاہیے` : null);
  columns.titleEn.push(withEnglish ? titleEn : null);
  columns.descriptionUr.push(withUrdu ? `${service.nameUr} کا کام، ${audience.ur} کے لیے۔ ${quality.ur} فری لانسر درکار ہے۔` : null);
  columns.descriptionEn.push(withEnglish ? `Looking for ${en} for a ${audience.en}. Please share similar work you have done.` : null);
  columns.skills.push(JSON.stringify(roman ? [service.nameEn, roman] : [service.nameEn]));
  columns.budgetType.push(fixed ? "FIXED" : "RANGE");
  columns.budgetMinPaisa.push(minPaisa);
  columns.budgetMaxPaisa.push(fixed ? minPaisa : minPaisa + random.int(1, 100) * 50_000);
  columns.visibility.push(visibility);
  columns.status.push(status);
  columns.proposalCount.push(random.int(0, 40));
  // Posted over the last year, to the second; UTC text, as Prisma stores DateTime.
  columns.createdAt.push(new Date(Date.now() - random.int(0, 365 * 24 * 3600) * 1000).toISOString());
}

function insertSql(c: Columns): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "Job" ("id", "clientId", "categoryId", "titleUr", "titleEn", "descriptionUr", "descriptionEn", "skills",
      "budgetType", "budgetMinPaisa", "budgetMaxPaisa", "visibility", "status", "proposalCount", "createdAt", "updatedAt")
    SELECT id, client, category, tur, ten, dur, den, array(SELECT jsonb_array_elements_text(skills::jsonb)),
      btype::"JobBudgetType", bmin, bmax, vis::"JobVisibility", st::"JobStatus", proposals, created, created
    FROM unnest(${c.id}::text[], ${c.clientId}::text[], ${c.categoryId}::text[], ${c.titleUr}::text[], ${c.titleEn}::text[],
      ${c.descriptionUr}::text[], ${c.descriptionEn}::text[], ${c.skills}::text[], ${c.budgetType}::text[],
      ${c.budgetMinPaisa}::int4[], ${c.budgetMaxPaisa}::int4[], ${c.visibility}::text[], ${c.status}::text[],
      ${c.proposalCount}::int4[], ${c.createdAt}::timestamp(3)[])
      AS t(id, client, category, tur, ten, dur, den, skills, btype, bmin, bmax, vis, st, proposals, created)`;
}

const emptyColumns = (): Columns => ({
  id: [],
  clientId: [],
  categoryId: [],
  titleUr: [],
  titleEn: [],
  descriptionUr: [],
  descriptionEn: [],
  skills: [],
  budgetType: [],
  budgetMinPaisa: [],
  budgetMaxPaisa: [],
  visibility: [],
  status: [],
  proposalCount: [],
  createdAt: [],
});

/** `open` open public jobs plus `hidden` invite-only, filled, closed and removed ones, over the clients given. */
export async function seedJobs(
  db: Db,
  options: { open: number; hidden: number; clientIds: readonly string[]; seed: number; onProgress?: (done: number) => void },
): Promise<void> {
  const random = createRandom(options.seed);
  const categories = await seedCategories(db);
  const total = options.open + options.hidden;
  for (let start = 0; start < total; start += BATCH) {
    const columns = emptyColumns();
    const end = Math.min(total, start + BATCH);
    for (let i = start; i < end; i++) addJob(columns, random, `bench_job_${i}`, options.clientIds, categories, i >= options.open);
    await db.$transaction([db.$executeRaw(insertSql(columns))], { timeout: BATCH_TIMEOUT_MS });
    options.onProgress?.(end);
  }
}
