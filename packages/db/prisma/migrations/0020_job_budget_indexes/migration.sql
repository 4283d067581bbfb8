-- CreateIndex
CREATE INDEX "Job_status_visibility_budgetMinPaisa_idx" ON "Job"("status", "visibility", "budgetMinPaisa");

-- CreateIndex
CREATE INDEX "Job_status_visibility_budgetMaxPaisa_idx" ON "Job"("status", "visibility", "budgetMaxPaisa");
