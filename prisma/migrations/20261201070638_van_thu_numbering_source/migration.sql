-- CreateEnum
CREATE TYPE "NumberingSource" AS ENUM ('INTERNAL', 'EXTERNAL');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'VAN_THU';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "numberingSource" "NumberingSource" NOT NULL DEFAULT 'INTERNAL';
