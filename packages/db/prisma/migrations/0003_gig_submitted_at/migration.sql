-- AlterTable
ALTER TABLE "Gig" ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Gig_status_submittedAt_idx" ON "Gig"("status", "submittedAt");
