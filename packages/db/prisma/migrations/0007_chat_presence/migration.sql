-- DropIndex
DROP INDEX "Conversation_userBId_idx";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSeenAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Conversation_userAId_lastMessageAt_id_idx" ON "Conversation"("userAId", "lastMessageAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Conversation_userBId_lastMessageAt_id_idx" ON "Conversation"("userBId", "lastMessageAt" DESC, "id" DESC);
