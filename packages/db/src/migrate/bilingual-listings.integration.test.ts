import { cp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emptyDatabase } from "../../test/empty-database.ts";
import { copyOfPrismaFolder } from "../../test/migrations-copy.ts";
import { testDbKinds } from "../testing/test-db.ts";
import { defaultMigrationsDir } from "./paths.ts";

const MIGRATION = "0017_bilingual_listings";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

// Rows as the listing tables held them before 0017: one text column per field, whatever script.
const OLD_ROWS = `
INSERT INTO "User" (id, email, "passwordHash", "displayName", "updatedAt") VALUES
  ('u-seller', 'seller@example.test', 'x', 'Seller', now()), ('u-client', 'client@example.test', 'x', 'Client', now());
INSERT INTO "Category" (id, slug, "nameUr", "nameEn") VALUES ('c-1', 'design', 'ڈیزائن', 'Design');
INSERT INTO "Gig" (id, slug, "freelancerId", "categoryId", "titleEn", "updatedAt") VALUES ('g-1', 'logo', 'u-seller', 'c-1', 'I will design a logo', now());
INSERT INTO "GigPackage" (id, "gigId", tier, name, description, "pricePaisa", "deliveryDays", revisions, features) VALUES
  ('p-ur', 'g-1', 'BASIC', 'بنیادی', 'ایک لوگو، دو ترامیم کے ساتھ', 500000, 3, 2, ARRAY['ایک تصور', 'PNG فائل']),
  ('p-en', 'g-1', 'STANDARD', 'Standard', 'Three concepts and the source file', 900000, 5, NULL, ARRAY['3 concepts', 'Source file']),
  ('p-mixed', 'g-1', 'PREMIUM', 'Premium', 'پورا برانڈ: لوگو، رنگ اور فونٹ', 1500000, 7, 5, ARRAY[]::text[]);
INSERT INTO "GigExtra" (id, "gigId", title, description, "pricePaisa", "extraDays", position) VALUES
  ('e-ur', 'g-1', 'فوری ڈیلیوری', NULL, 200000, 0, 0),
  ('e-en', 'g-1', 'Source file', 'The editable AI file', 100000, 1, 1);
INSERT INTO "GigFaq" (id, "gigId", question, answer, position) VALUES
  ('f-ur', 'g-1', 'کتنی ترامیم ملیں گی؟', 'دو ترامیم', 0),
  ('f-en', 'g-1', 'Do I get the source file?', 'Yes, in the Standard package.', 1);
INSERT INTO "FeeSchedule" (id, version, "freelancerFeeBps", "clientFeeBps", "minimumFeePaisa", "clearanceDays", "payoutMinimumPaisa", "effectiveFrom")
  VALUES ('fee-1', 1, 500, 200, 0, 7, 100000, now());
INSERT INTO "Order" (id, source, "clientId", "freelancerId", "gigId", "gigPackageId", title, "subtotalPaisa", "clientFeePaisa", "freelancerFeePaisa",
  "totalPaisa", "feeScheduleId", "freelancerFeeBps", "clientFeeBps", "minimumFeePaisa", "clearanceDays", "deliveryDays", "updatedAt")
  VALUES ('o-1', 'GIG', 'u-client', 'u-seller', 'g-1', 'p-ur', 'I will design a logo', 800000, 16000, 40000, 816000, 'fee-1', 500, 200, 0, 7, 4, now());
INSERT INTO "OrderExtra" (id, "orderId", "gigExtraId", title, "pricePaisa", "extraDays") VALUES
  ('oe-ur', 'o-1', 'e-ur', 'فوری ڈیلیوری', 200000, 0), ('oe-en', 'o-1', 'e-en', 'Source file', 100000, 1);
`;

describe.each(testDbKinds())("migration 0017 (bilingual listings) on %s", (kind) => {
  it("moves each old value to the column of its script and drops the old columns", async () => {
    const database = await emptyDatabase(kind);
    cleanups.push(database.drop);
    const folder = await copyOfPrismaFolder();
    cleanups.push(folder.remove);
    // This migration and every later one are taken away, so the database stands where 0017 found it.
    for (const later of (await readdir(folder.migrationsDir)).filter((name) => /^\d{4}_/.test(name) && name >= MIGRATION)) {
      await rm(join(folder.migrationsDir, later), { recursive: true });
    }
    const before = await database.migrate(folder);
    expect(before.applied.at(-1)).toBe("0016_profiles");
    // One statement per query: PGlite prepares each query.
    for (const statement of OLD_ROWS.split(";\n").filter((text) => text.trim() !== "")) await database.query(statement);

    await cp(join(defaultMigrationsDir, MIGRATION), join(folder.migrationsDir, MIGRATION), { recursive: true });
    const after = await database.migrate(folder);

    expect(after.applied).toEqual([MIGRATION]);
    expect(
      await database.query(
        `SELECT id, "nameUr", "nameEn", "descriptionUr", "descriptionEn", "featuresUr", "featuresEn", "pricePaisa", revisions FROM "GigPackage" ORDER BY id`,
      ),
    ).toEqual([
      {
        id: "p-en",
        nameUr: null,
        nameEn: "Standard",
        descriptionUr: null,
        descriptionEn: "Three concepts and the source file",
        featuresUr: [],
        featuresEn: ["3 concepts", "Source file"],
        pricePaisa: 900000,
        revisions: null,
      },
      {
        id: "p-mixed",
        nameUr: null,
        nameEn: "Premium",
        descriptionUr: "پورا برانڈ: لوگو، رنگ اور فونٹ",
        descriptionEn: null,
        featuresUr: [],
        featuresEn: [],
        pricePaisa: 1500000,
        revisions: 5,
      },
      {
        id: "p-ur",
        nameUr: "بنیادی",
        nameEn: null,
        descriptionUr: "ایک لوگو، دو ترامیم کے ساتھ",
        descriptionEn: null,
        featuresUr: ["ایک تصور", "PNG فائل"],
        featuresEn: [],
        pricePaisa: 500000,
        revisions: 2,
      },
    ]);
    expect(await database.query(`SELECT id, "titleUr", "titleEn", "descriptionUr", "descriptionEn" FROM "GigExtra" ORDER BY id`)).toEqual([
      { id: "e-en", titleUr: null, titleEn: "Source file", descriptionUr: null, descriptionEn: "The editable AI file" },
      { id: "e-ur", titleUr: "فوری ڈیلیوری", titleEn: null, descriptionUr: null, descriptionEn: null },
    ]);
    expect(await database.query(`SELECT id, "questionUr", "questionEn", "answerUr", "answerEn" FROM "GigFaq" ORDER BY id`)).toEqual([
      { id: "f-en", questionUr: null, questionEn: "Do I get the source file?", answerUr: null, answerEn: "Yes, in the Standard package." },
      { id: "f-ur", questionUr: "کتنی ترامیم ملیں گی؟", questionEn: null, answerUr: "دو ترامیم", answerEn: null },
    ]);
    expect(await database.query(`SELECT id, "titleUr", "titleEn" FROM "OrderExtra" ORDER BY id`)).toEqual([
      { id: "oe-en", titleUr: null, titleEn: "Source file" },
      { id: "oe-ur", titleUr: "فوری ڈیلیوری", titleEn: null },
    ]);
    const oldColumns = await database.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name IN ('GigPackage', 'GigExtra', 'GigFaq', 'OrderExtra')
         AND column_name IN ('name', 'description', 'features', 'title', 'question', 'answer')`,
    );
    expect(oldColumns).toEqual([]);
  });
});
