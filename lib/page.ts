import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { markIfDatabaseUnavailable } from "@/lib/db-errors";

/** For pages: domain "not found" and "forbidden" become Next's 404 and 403 pages. */
export async function orPageError<T>(load: Promise<T> | (() => T | Promise<T>)): Promise<T> {
  try {
    return await (typeof load === "function" ? load() : load);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    throw markIfDatabaseUnavailable(error);
  }
}
