-- CreateEnum
CREATE TYPE "LanguageLevel" AS ENUM ('BASIC', 'CONVERSATIONAL', 'FLUENT', 'NATIVE');

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "cnicVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "headlineEn" TEXT,
ADD COLUMN     "headlineUr" TEXT,
ADD COLUMN     "psebNumber" TEXT,
ADD COLUMN     "psebVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "showFirstNameOnly" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written: the one headline goes to the language it was written in (Arabic script: Urdu),
-- before its column is dropped.
UPDATE "Profile" SET "headlineUr" = "headline" WHERE "headline" ~ '[\u0600-\u06FF]';
UPDATE "Profile" SET "headlineEn" = "headline" WHERE "headline" IS NOT NULL AND "headlineUr" IS NULL;
ALTER TABLE "Profile" DROP COLUMN "headline";

-- CreateTable
CREATE TABLE "ProfileLanguage" (
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "level" "LanguageLevel" NOT NULL,

    CONSTRAINT "ProfileLanguage_pkey" PRIMARY KEY ("userId","code")
);

-- Hand-written: languages given before levels existed count as fluent, Urdu as native.
INSERT INTO "ProfileLanguage" ("userId", "code", "level")
SELECT DISTINCT p."userId", l.code, (CASE WHEN l.code = 'ur' THEN 'NATIVE' ELSE 'FLUENT' END)::"LanguageLevel"
FROM "Profile" p CROSS JOIN LATERAL unnest(p."languages") AS l(code);

-- CreateTable
CREATE TABLE "PortfolioItem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "link" TEXT,
    "imageKey" TEXT NOT NULL,
    "imageWidth" INTEGER NOT NULL,
    "imageHeight" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortfolioItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedOn" DATE,
    "fileKey" TEXT,
    "fileMime" TEXT,
    "fileName" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PortfolioItem_imageKey_key" ON "PortfolioItem"("imageKey");

-- CreateIndex
CREATE INDEX "PortfolioItem_userId_position_idx" ON "PortfolioItem"("userId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_fileKey_key" ON "Certificate"("fileKey");

-- CreateIndex
CREATE INDEX "Certificate_userId_position_idx" ON "Certificate"("userId", "position");

-- AddForeignKey
ALTER TABLE "ProfileLanguage" ADD CONSTRAINT "ProfileLanguage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioItem" ADD CONSTRAINT "PortfolioItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Profile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;
