-- CreateEnum
CREATE TYPE "SignedCopyKind" AS ENUM ('PLAN', 'REPORT');

-- AlterTable
ALTER TABLE "SignedCopy" ADD COLUMN     "kind" "SignedCopyKind" NOT NULL DEFAULT 'PLAN';
