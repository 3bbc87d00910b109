-- AlterTable
ALTER TABLE "PlanVersion" ADD COLUMN     "backfilled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "document" JSONB;

-- CreateTable
CREATE TABLE "PlanReport" (
    "planId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "assessment" TEXT NOT NULL DEFAULT '',
    "shortcomings" TEXT NOT NULL DEFAULT '',
    "proposals" TEXT NOT NULL DEFAULT '',
    "recipients" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanReport_pkey" PRIMARY KEY ("planId")
);

-- CreateIndex
CREATE INDEX "PlanReport_organizationId_idx" ON "PlanReport"("organizationId");

-- AddForeignKey
ALTER TABLE "PlanReport" ADD CONSTRAINT "PlanReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReport" ADD CONSTRAINT "PlanReport_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
