-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "outline" JSONB;
