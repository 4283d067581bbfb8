-- CreateEnum
CREATE TYPE "DisputeProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'SUPERSEDED');

-- AlterEnum
ALTER TYPE "DisputeStatus" ADD VALUE 'APPEALED';

-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "answerDueAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "appealReason" TEXT,
ADD COLUMN     "appealedAt" TIMESTAMP(3),
ADD COLUMN     "appealedById" TEXT,
ADD COLUMN     "escrowPaisa" INTEGER NOT NULL;

-- CreateTable
CREATE TABLE "DisputeProposal" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "freelancerPaisa" INTEGER NOT NULL,
    "clientPaisa" INTEGER NOT NULL,
    "status" "DisputeProposalStatus" NOT NULL DEFAULT 'PENDING',
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeDecision" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "deciderId" TEXT,
    "proposalId" TEXT,
    "resolution" "DisputeResolution" NOT NULL,
    "freelancerPaisa" INTEGER NOT NULL,
    "clientPaisa" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "transactionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DisputeProposal_disputeId_createdAt_idx" ON "DisputeProposal"("disputeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeDecision_proposalId_key" ON "DisputeDecision"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeDecision_disputeId_round_key" ON "DisputeDecision"("disputeId", "round");

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_appealedById_fkey" FOREIGN KEY ("appealedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeProposal" ADD CONSTRAINT "DisputeProposal_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeProposal" ADD CONSTRAINT "DisputeProposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeDecision" ADD CONSTRAINT "DisputeDecision_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeDecision" ADD CONSTRAINT "DisputeDecision_deciderId_fkey" FOREIGN KEY ("deciderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: one dispute per order unless withdrawn, one pending settlement proposal per
-- dispute, and amounts that can never be negative (the domain checks they add up to the escrow).
CREATE UNIQUE INDEX "Dispute_one_per_order" ON "Dispute"("orderId") WHERE "status" <> 'WITHDRAWN';
CREATE UNIQUE INDEX "DisputeProposal_one_pending" ON "DisputeProposal"("disputeId") WHERE "status" = 'PENDING';
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_escrow_positive" CHECK ("escrowPaisa" > 0);
ALTER TABLE "DisputeProposal" ADD CONSTRAINT "DisputeProposal_amounts" CHECK ("freelancerPaisa" >= 0 AND "clientPaisa" >= 0);
ALTER TABLE "DisputeDecision" ADD CONSTRAINT "DisputeDecision_amounts" CHECK ("freelancerPaisa" >= 0 AND "clientPaisa" >= 0 AND "round" IN (1, 2));
