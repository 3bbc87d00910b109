import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { apiDocs } from "@/lib/api/docs-model";
import { baseUrl } from "@/lib/base-url";
import { PageHeader } from "@/components/ui/page-header";
import { ApiDocsView } from "@/components/api-docs/api-docs";

export const metadata: Metadata = { title: "Tài liệu API" };

export default async function ApiDocsPage() {
  await requireUser();
  return (
    <div className="space-y-6">
      <PageHeader title="Tài liệu API" description="Kehoach API v1, sinh tự động từ chính các lược đồ dữ liệu mà máy chủ dùng để kiểm tra yêu cầu." />
      <ApiDocsView docs={apiDocs()} base={`${await baseUrl()}/api/v1`} />
    </div>
  );
}
