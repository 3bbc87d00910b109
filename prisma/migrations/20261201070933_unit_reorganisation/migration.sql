-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "closeReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "closedAt" DATE,
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "validFrom" DATE;

-- CreateTable
CREATE TABLE "UnitNameHistory" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE NOT NULL,
    "changedById" UUID,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitNameHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitNameHistory_unitId_validTo_idx" ON "UnitNameHistory"("unitId", "validTo");

-- CreateIndex
CREATE INDEX "UnitNameHistory_organizationId_idx" ON "UnitNameHistory"("organizationId");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitNameHistory" ADD CONSTRAINT "UnitNameHistory_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
