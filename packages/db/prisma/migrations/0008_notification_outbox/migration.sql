-- CreateEnum
CREATE TYPE "NotificationEmailStatus" AS ENUM ('PENDING', 'SENT', 'SKIPPED', 'FAILED');

-- AlterTable (hand-edited: "type" is renamed to "kind" rather than dropped, and rows written
-- before the outbox get a dedupe key and count as delivered, so the dispatcher does not send
-- them now)
ALTER TABLE "Notification" RENAME COLUMN "type" TO "kind";
ALTER TABLE "Notification" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimToken" TEXT,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "emailStatus" "NotificationEmailStatus" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "liveAt" TIMESTAMP(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Notification" SET "dedupeKey" = "id", "deliveredAt" = "createdAt",
  "emailStatus" = CASE WHEN "emailedAt" IS NULL THEN 'SKIPPED'::"NotificationEmailStatus" ELSE 'SENT'::"NotificationEmailStatus" END;
ALTER TABLE "Notification" ALTER COLUMN "dedupeKey" SET NOT NULL;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "email" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "Notification_deliveredAt_nextAttemptAt_idx" ON "Notification"("deliveredAt", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
