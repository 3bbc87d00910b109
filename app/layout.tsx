import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kehoach – Kế hoạch Sở KH&CN", template: "%s · Kehoach" },
  description: "Lập, phê duyệt, ban hành và theo dõi kế hoạch của Sở Khoa học và Công nghệ",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, so each gets the
  // nonce proxy.ts put in its Content-Security-Policy.
  await headers();
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
