-- CreateEnum
CREATE TYPE "OrderRequestKind" AS ENUM ('EXTENSION', 'CANCELLATION');

-- CreateEnum
CREATE TYPE "OrderRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ReviewSubjectRole" AS ENUM ('FREELANCER', 'CLIENT');

-- DropIndex
DROP INDEX "Review_gigId_createdAt_idx";

-- DropIndex
DROP INDEX "Review_subjectId_createdAt_idx";

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "requirementId" TEXT;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "autoCompleteWarnedAt" TIMESTAMP(3),
ADD COLUMN     "requirementsSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "reviewsCloseAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrderExtra" ADD COLUMN     "gigExtraId" TEXT;

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "clientRatingCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "clientRatingSum" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "communication" INTEGER,
ADD COLUMN     "onTime" INTEGER,
ADD COLUMN     "packageTier" "PackageTier",
ADD COLUMN     "quality" INTEGER,
ADD COLUMN     "revealedAt" TIMESTAMP(3),
ADD COLUMN     "subjectRole" "ReviewSubjectRole" NOT NULL DEFAULT 'FREELANCER';

-- Reviews written before this migration were public at once: they are revealed, and each
-- records whom it is about and the package bought. The default only served this backfill.
UPDATE "Review" r SET
  "subjectRole" = CASE WHEN r."subjectId" = o."clientId" THEN 'CLIENT'::"ReviewSubjectRole" ELSE 'FREELANCER'::"ReviewSubjectRole" END,
  "packageTier" = CASE WHEN r."subjectId" = o."clientId" THEN NULL ELSE o."packageTier" END,
  "revealedAt" = r."createdAt"
FROM "Order" o WHERE o.id = r."orderId";
ALTER TABLE "Review" ALTER COLUMN "subjectRole" DROP DEFAULT;

-- Orders already running have had their requirements (the free text asked at checkout).
UPDATE "Order" SET "requirementsSubmittedAt" = "fundedAt" WHERE "fundedAt" IS NOT NULL;
-- Completed orders' review windows close ten days after completion, as new ones will.
UPDATE "Order" SET "reviewsCloseAt" = "completedAt" + INTERVAL '10 days' WHERE "completedAt" IS NOT NULL;

-- CreateTable
CREATE TABLE "GigRequirement" (
    "id" TEXT NOT NULL,
    "gigId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "allowFile" BOOLEAN NOT NULL DEFAULT false,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,

    CONSTRAINT "GigRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderRequirement" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "allowFile" BOOLEAN NOT NULL DEFAULT false,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "answer" TEXT,

    CONSTRAINT "OrderRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderRequest" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "OrderRequestKind" NOT NULL,
    "requesterId" TEXT NOT NULL,
    "days" INTEGER,
    "reason" TEXT NOT NULL,
    "status" "OrderRequestStatus" NOT NULL DEFAULT 'PENDING',
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outage" (
    "id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "hours" INTEGER NOT NULL,
    "declaredById" TEXT NOT NULL,
    "ordersExtended" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Outage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GigRequirement_gigId_position_idx" ON "GigRequirement"("gigId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "OrderRequirement_orderId_position_key" ON "OrderRequirement"("orderId", "position");

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_createdAt_id_idx" ON "OrderEvent"("orderId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "OrderRequest_orderId_kind_status_idx" ON "OrderRequest"("orderId", "kind", "status");

-- CreateIndex
CREATE INDEX "Outage_createdAt_idx" ON "Outage"("createdAt");

-- CreateIndex
CREATE INDEX "Attachment_requirementId_idx" ON "Attachment"("requirementId");

-- CreateIndex
CREATE INDEX "Order_status_dueAt_idx" ON "Order"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Order_reviewsCloseAt_idx" ON "Order"("reviewsCloseAt");

-- CreateIndex
CREATE INDEX "Review_subjectId_subjectRole_revealedAt_id_idx" ON "Review"("subjectId", "subjectRole", "revealedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Review_gigId_revealedAt_id_idx" ON "Review"("gigId", "revealedAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "GigRequirement" ADD CONSTRAINT "GigRequirement_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderRequirement" ADD CONSTRAINT "OrderRequirement_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderRequest" ADD CONSTRAINT "OrderRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderRequest" ADD CONSTRAINT "OrderRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderRequest" ADD CONSTRAINT "OrderRequest_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outage" ADD CONSTRAINT "Outage_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "OrderRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
