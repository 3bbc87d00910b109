import "server-only";
import { headers } from "next/headers";
import { publicBaseUrl } from "@/lib/env";

/** The app's public address: NEXTAUTH_URL when set (behind a proxy), else this request's host. */
export async function baseUrl(): Promise<string> {
  const configured = publicBaseUrl();
  if (configured) return configured;
  const h = await headers();
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000"}`;
}
