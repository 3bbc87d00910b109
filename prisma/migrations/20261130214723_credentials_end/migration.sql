-- CreateEnum
CREATE TYPE "RevokeReason" AS ENUM ('MANUAL', 'REPLACED', 'USER_DEACTIVATED', 'PASSWORD_RESET');

-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "revokedReason" "RevokeReason";

-- AlterTable
ALTER TABLE "CalendarFeed" ADD COLUMN     "revokedReason" "RevokeReason";

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "CalendarFeed_createdById_idx" ON "CalendarFeed"("createdById");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A feed's maker is now a foreign key: forget makers that no longer exist.
UPDATE "CalendarFeed" SET "createdById" = NULL
WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = "CalendarFeed"."createdById");

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Until now only a token's owner could revoke it.
UPDATE "ApiToken" SET "revokedReason" = 'MANUAL' WHERE "revokedAt" IS NOT NULL;

-- Accounts locked before this release: their tokens and feeds are revoked now,
-- so unlocking such an account later does not bring them back.
UPDATE "ApiToken" SET "revokedAt" = CURRENT_TIMESTAMP, "revokedReason" = 'USER_DEACTIVATED'
WHERE "revokedAt" IS NULL AND "userId" IN (SELECT id FROM "User" WHERE NOT active);

UPDATE "CalendarFeed" SET "revokedAt" = CURRENT_TIMESTAMP, "revokedReason" = 'USER_DEACTIVATED'
WHERE "revokedAt" IS NULL AND "createdById" IN (SELECT id FROM "User" WHERE NOT active);
