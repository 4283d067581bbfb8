-- CreateEnum
CREATE TYPE "JobBudgetType" AS ENUM ('FIXED', 'RANGE');

-- CreateEnum
CREATE TYPE "JobVisibility" AS ENUM ('PUBLIC', 'INVITE_ONLY');

-- DropIndex
DROP INDEX "Job_status_categoryId_createdAt_idx";

-- Hiring (issue: job posts, proposals, custom offers, milestone contracts). Job titles and
-- descriptions are written in Urdu, English or both, like gigs; each existing value moves to the
-- column of its script (anything with Arabic script is Urdu, everything else English).

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "budgetType" "JobBudgetType" NOT NULL DEFAULT 'RANGE',
ADD COLUMN     "deadlineAt" TIMESTAMP(3),
ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionUr" TEXT,
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "titleUr" TEXT,
ADD COLUMN     "visibility" "JobVisibility" NOT NULL DEFAULT 'PUBLIC';

UPDATE "Job" SET
  "titleUr" = CASE WHEN "title" ~ '[\u0600-\u06FF]' THEN "title" END,
  "titleEn" = CASE WHEN "title" ~ '[\u0600-\u06FF]' THEN NULL ELSE "title" END,
  "descriptionUr" = CASE WHEN "description" ~ '[\u0600-\u06FF]' THEN "description" END,
  "descriptionEn" = CASE WHEN "description" ~ '[\u0600-\u06FF]' THEN NULL ELSE "description" END;

ALTER TABLE "Job" DROP COLUMN "description",
DROP COLUMN "title";

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "conversationId" TEXT;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "shortlistedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "JobClarification" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobClarification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobInvite" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "freelancerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobClarification_jobId_createdAt_idx" ON "JobClarification"("jobId", "createdAt");

-- CreateIndex
CREATE INDEX "JobInvite_freelancerId_createdAt_idx" ON "JobInvite"("freelancerId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "JobInvite_jobId_freelancerId_key" ON "JobInvite"("jobId", "freelancerId");

-- CreateIndex
CREATE INDEX "Job_status_visibility_createdAt_id_idx" ON "Job"("status", "visibility", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Job_status_visibility_categoryId_createdAt_id_idx" ON "Job"("status", "visibility", "categoryId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Job_searchVector_idx" ON "Job" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Offer_conversationId_createdAt_idx" ON "Offer"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_freelancerId_createdAt_idx" ON "Proposal"("freelancerId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_jobId_status_createdAt_idx" ON "Proposal"("jobId", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "JobClarification" ADD CONSTRAINT "JobClarification_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobInvite" ADD CONSTRAINT "JobInvite_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobInvite" ADD CONSTRAINT "JobInvite_freelancerId_fkey" FOREIGN KEY ("freelancerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: job search uses the gig search machinery (one implementation). A job's document
-- is built by the same gig_search_vector (titles A, skills B, descriptions C) from the same
-- normalisation, so a query's words match jobs exactly as they match gigs; the words of job
-- titles and skills join the same SearchWord list the spelling correction reads. Functions and
-- triggers are outside Prisma's model, so the drift check leaves them alone.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION job_search_fill_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := gig_search_vector(NEW."titleUr", NEW."titleEn", array_to_string(NEW."skills", ' '), NEW."descriptionUr", NEW."descriptionEn");
  RETURN NEW;
END
$$;

CREATE TRIGGER job_search_fill_text
BEFORE INSERT OR UPDATE OF "titleUr", "titleEn", "descriptionUr", "descriptionEn", "skills" ON "Job"
FOR EACH ROW EXECUTE FUNCTION job_search_fill_text();

CREATE FUNCTION job_search_learn_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w FROM added CROSS JOIN LATERAL gig_search_words(added."searchVector") AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER job_search_learn_inserted AFTER INSERT ON "Job"
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION job_search_learn_inserted();

CREATE FUNCTION job_search_learn_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w
  FROM after_rows a
  JOIN before_rows b ON b."id" = a."id"
  CROSS JOIN LATERAL gig_search_words(a."searchVector") AS w
  WHERE a."searchVector" IS DISTINCT FROM b."searchVector"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER job_search_learn_updated AFTER UPDATE ON "Job"
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION job_search_learn_updated();

-- Jobs that existed before this migration.
UPDATE "Job" SET "skills" = "skills";
