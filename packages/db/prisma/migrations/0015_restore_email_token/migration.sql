-- AlterEnum
ALTER TYPE "AccountTokenPurpose" ADD VALUE 'RESTORE_EMAIL';
