-- CreateTable
CREATE TABLE "SignedCopy" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "planVersionId" UUID,
    "issueRound" INTEGER NOT NULL,
    "numberLabel" TEXT,
    "issueDate" DATE,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "signatures" JSONB NOT NULL,
    "uploadedById" UUID,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignedCopy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignedCopy_planId_uploadedAt_idx" ON "SignedCopy"("planId", "uploadedAt");

-- AddForeignKey
ALTER TABLE "SignedCopy" ADD CONSTRAINT "SignedCopy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCopy" ADD CONSTRAINT "SignedCopy_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCopy" ADD CONSTRAINT "SignedCopy_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "PlanVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCopy" ADD CONSTRAINT "SignedCopy_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
