-- CreateIndex
CREATE INDEX "Review_revealedAt_idx" ON "Review"("revealedAt");
