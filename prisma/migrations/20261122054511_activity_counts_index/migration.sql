-- DropIndex
DROP INDEX "Activity_planId_status_idx";

-- CreateIndex
CREATE INDEX "Activity_planId_counts_idx" ON "Activity"("planId", "status", "leadUnitId", "endDate", "completedOn", "parentId", "progress", "id");
