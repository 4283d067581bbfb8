-- AlterEnum
ALTER TYPE "OrderSource" ADD VALUE 'PROPOSAL';

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "clientFeePaisa" INTEGER NOT NULL,
ADD COLUMN     "durationDays" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Order_proposalId_key" ON "Order"("proposalId");

-- A milestone pays something, takes at least a day, and its fee share is never negative; the
-- domain checks all three first, the database makes them impossible to break.
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_amounts_check"
  CHECK ("amountPaisa" > 0 AND "clientFeePaisa" >= 0 AND "durationDays" >= 1);
