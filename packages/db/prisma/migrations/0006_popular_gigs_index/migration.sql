-- CreateIndex
CREATE INDEX "Gig_status_ordersCompleted_ratingCount_publishedAt_id_idx" ON "Gig"("status", "ordersCompleted" DESC, "ratingCount" DESC, "publishedAt" DESC, "id");
