-- CreateTable
CREATE TABLE "GigView" (
    "gigId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "GigView_pkey" PRIMARY KEY ("gigId","viewerKey","day")
);

-- CreateIndex
CREATE INDEX "GigView_day_idx" ON "GigView"("day");

-- AddForeignKey
ALTER TABLE "GigView" ADD CONSTRAINT "GigView_gigId_fkey" FOREIGN KEY ("gigId") REFERENCES "Gig"("id") ON DELETE CASCADE ON UPDATE CASCADE;
