"use client";
import { ErrorPage } from "@/components/ui/error-page";

// Errors of a page inside the app's frame (header and navigation stay).
export default function AppError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPage {...props} />;
}
