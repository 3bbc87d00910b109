-- AlterTable
ALTER TABLE "PlanReport" ADD COLUMN     "issueDate" DATE,
ADD COLUMN     "issuedAt" TIMESTAMP(3),
ADD COLUMN     "issuedById" UUID,
ADD COLUMN     "number" INTEGER,
ADD COLUMN     "numberYear" INTEGER,
ADD COLUMN     "symbol" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "PlanReport_organizationId_numberYear_number_key" ON "PlanReport"("organizationId", "numberYear", "number");
