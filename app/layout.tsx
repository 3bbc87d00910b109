import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kehoach – Kế hoạch Sở KH&CN", template: "%s · Kehoach" },
  description: "Lập, phê duyệt, ban hành và theo dõi kế hoạch của Sở Khoa học và Công nghệ",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
