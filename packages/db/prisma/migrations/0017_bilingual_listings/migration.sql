-- Package names, descriptions and features, extras, FAQ and the extras orders copied are written
-- in Urdu, English or both, like gig titles. Each existing value moves to the column of its
-- script: anything with Arabic script is Urdu, everything else English. A package's features
-- move together (one list per language), judged by the whole list.

-- AlterTable
ALTER TABLE "GigPackage" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionUr" TEXT,
ADD COLUMN     "featuresEn" TEXT[],
ADD COLUMN     "featuresUr" TEXT[],
ADD COLUMN     "nameEn" TEXT,
ADD COLUMN     "nameUr" TEXT;

UPDATE "GigPackage" SET
  "nameUr" = CASE WHEN "name" ~ '[\u0600-\u06FF]' THEN "name" END,
  "nameEn" = CASE WHEN "name" ~ '[\u0600-\u06FF]' THEN NULL ELSE "name" END,
  "descriptionUr" = CASE WHEN "description" ~ '[\u0600-\u06FF]' THEN "description" END,
  "descriptionEn" = CASE WHEN "description" ~ '[\u0600-\u06FF]' THEN NULL ELSE "description" END,
  "featuresUr" = CASE WHEN array_to_string("features", ' ') ~ '[\u0600-\u06FF]' THEN "features" ELSE '{}' END,
  "featuresEn" = CASE WHEN array_to_string("features", ' ') ~ '[\u0600-\u06FF]' THEN '{}' ELSE coalesce("features", '{}') END;

ALTER TABLE "GigPackage" DROP COLUMN "description",
DROP COLUMN "features",
DROP COLUMN "name";

-- AlterTable
ALTER TABLE "GigExtra" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionUr" TEXT,
ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "titleUr" TEXT;

UPDATE "GigExtra" SET
  "titleUr" = CASE WHEN "title" ~ '[\u0600-\u06FF]' THEN "title" END,
  "titleEn" = CASE WHEN "title" ~ '[\u0600-\u06FF]' THEN NULL ELSE "title" END,
  "descriptionUr" = CASE WHEN "description" ~ '[\u0600-\u06FF]' THEN "description" END,
  "descriptionEn" = CASE WHEN "description" ~ '[\u0600-\u06FF]' THEN NULL ELSE "description" END;

ALTER TABLE "GigExtra" DROP COLUMN "description",
DROP COLUMN "title";

-- AlterTable
ALTER TABLE "GigFaq" ADD COLUMN     "answerEn" TEXT,
ADD COLUMN     "answerUr" TEXT,
ADD COLUMN     "questionEn" TEXT,
ADD COLUMN     "questionUr" TEXT;

UPDATE "GigFaq" SET
  "questionUr" = CASE WHEN "question" ~ '[\u0600-\u06FF]' THEN "question" END,
  "questionEn" = CASE WHEN "question" ~ '[\u0600-\u06FF]' THEN NULL ELSE "question" END,
  "answerUr" = CASE WHEN "answer" ~ '[\u0600-\u06FF]' THEN "answer" END,
  "answerEn" = CASE WHEN "answer" ~ '[\u0600-\u06FF]' THEN NULL ELSE "answer" END;

ALTER TABLE "GigFaq" DROP COLUMN "answer",
DROP COLUMN "question";

-- AlterTable
ALTER TABLE "OrderExtra" ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "titleUr" TEXT;

UPDATE "OrderExtra" SET
  "titleUr" = CASE WHEN "title" ~ '[\u0600-\u06FF]' THEN "title" END,
  "titleEn" = CASE WHEN "title" ~ '[\u0600-\u06FF]' THEN NULL ELSE "title" END;

ALTER TABLE "OrderExtra" DROP COLUMN "title";
