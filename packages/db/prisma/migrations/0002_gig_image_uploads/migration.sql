-- AlterTable
ALTER TABLE "GigImage" ADD COLUMN     "revisionId" TEXT,
ADD COLUMN     "uploaderId" TEXT NOT NULL,
ALTER COLUMN "gigId" DROP NOT NULL,
ALTER COLUMN "position" SET DEFAULT 0;

-- CreateIndex
CREATE INDEX "GigImage_uploaderId_gigId_idx" ON "GigImage"("uploaderId", "gigId");

-- CreateIndex
CREATE INDEX "GigImage_revisionId_idx" ON "GigImage"("revisionId");

-- CreateIndex
CREATE INDEX "GigImage_createdAt_idx" ON "GigImage"("createdAt");

-- AddForeignKey
ALTER TABLE "GigImage" ADD CONSTRAINT "GigImage_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GigImage" ADD CONSTRAINT "GigImage_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "GigRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
