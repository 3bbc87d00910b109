-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "deadline" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "output" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "extraSections" JSONB NOT NULL DEFAULT '[]';
