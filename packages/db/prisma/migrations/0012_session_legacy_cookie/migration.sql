-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "legacyCookie" BOOLEAN NOT NULL DEFAULT false;

-- Every session alive now was handed the session cookie under its old name, hunar_session: under
-- https its browser may still send that one, and it stays accepted for these sessions only (and
-- is replaced by __Host-hunar_session). Sessions started from here on never had it.
UPDATE "Session" SET "legacyCookie" = true;
