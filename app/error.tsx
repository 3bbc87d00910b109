"use client";
import { ErrorPage } from "@/components/ui/error-page";

// Errors of the app's frame itself (the session lookup in the layout runs first on every page).
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="px-4">
      <ErrorPage {...props} />
    </main>
  );
}
