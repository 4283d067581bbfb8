-- CreateIndex
CREATE INDEX "User_suspendedAt_idx" ON "User"("suspendedAt");
