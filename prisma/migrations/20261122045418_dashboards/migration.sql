-- DropIndex
DROP INDEX "Activity_organizationId_leadUnitId_idx";

-- DropIndex
DROP INDEX "Activity_planId_idx";

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "completedOn" DATE;

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "unitId" UUID,
    "planId" UUID,
    "token" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE INDEX "CalendarFeed_organizationId_unitId_idx" ON "CalendarFeed"("organizationId", "unitId");

-- CreateIndex
CREATE INDEX "CalendarFeed_organizationId_planId_idx" ON "CalendarFeed"("organizationId", "planId");

-- CreateIndex
CREATE INDEX "Activity_planId_status_idx" ON "Activity"("planId", "status");

-- CreateIndex
CREATE INDEX "Activity_organizationId_leadUnitId_status_idx" ON "Activity"("organizationId", "leadUnitId", "status");

-- CreateIndex
CREATE INDEX "Activity_organizationId_endDate_idx" ON "Activity"("organizationId", "endDate");

-- CreateIndex
CREATE INDEX "ActivityUpdate_activityId_status_idx" ON "ActivityUpdate"("activityId", "status");

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the day an activity was first marked done (Việt Nam time), or its actual end.
UPDATE "Activity" a SET "completedOn" = COALESCE(a."actualEnd", (
  SELECT (min(u."createdAt") AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
  FROM "ActivityUpdate" u WHERE u."activityId" = a.id AND u.status = 'DONE'
), a."updatedAt"::date)
WHERE a.status = 'DONE';
