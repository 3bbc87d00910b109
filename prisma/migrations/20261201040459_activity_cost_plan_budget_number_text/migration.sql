-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "cost" BIGINT;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "budgetAmount" BIGINT,
ADD COLUMN     "budgetSource" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "numberText" TEXT;
