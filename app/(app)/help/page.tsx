import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Hướng dẫn" };

export default async function HelpPage() {
  await requireUser();
  return (
    <div className="space-y-6">
      <PageHeader title="Hướng dẫn sử dụng" description="Các việc thường làm trong Kehoach, theo thứ tự của một đợt kế hoạch." />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="1. Soạn kế hoạch">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>
              Vào <Link className="text-brand-700 underline" href="/plans/new">Tạo kế hoạch</Link>, chọn “Từ kế hoạch năm trước” và ngày sự kiện mới: mọi thời gian được dời theo ngày đó.
            </li>
            <li>Sửa thông tin chung, giai đoạn và hoạt động; mỗi hoạt động có một đơn vị chủ trì và các đơn vị phối hợp.</li>
            <li>Bấm “Trình duyệt” khi xong. Kế hoạch bị trả lại sẽ hiện ý kiến của Lãnh đạo Sở ở đầu trang.</li>
          </ul>
        </Card>
        <Card title="2. Duyệt và ban hành">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>Lãnh đạo Sở phê duyệt hoặc trả lại kèm ý kiến.</li>
            <li>Khi ban hành, kế hoạch nhận số tiếp theo của năm (ví dụ 05/KH-SKHCN) và không sửa được nữa; muốn sửa, Lãnh đạo Sở mở “Điều chỉnh”.</li>
            <li>Các đơn vị có tên trong kế hoạch nhận thông báo.</li>
          </ul>
        </Card>
        <Card title="3. Cập nhật tiến độ">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>
              <Link className="text-brand-700 underline" href="/my-work">Việc của đơn vị</Link> liệt kê việc quá hạn, việc trong tuần, việc sắp tới.
            </li>
            <li>Đơn vị chủ trì cập nhật trạng thái, tiến độ, kết quả; đơn vị phối hợp ghi chú, số liệu và minh chứng.</li>
            <li>Việc quá hạn được tính tự động theo giờ Việt Nam, không cần đánh dấu.</li>
          </ul>
        </Card>
        <Card title="4. Theo dõi">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>
              <Link className="text-brand-700 underline" href="/">Tổng quan</Link>: tiến độ từng kế hoạch và bảng theo đơn vị; bấm vào con số để xem danh sách.
            </li>
            <li>
              <Link className="text-brand-700 underline" href="/attention">Việc cần chú ý</Link>: việc quá hạn, vướng mắc, sắp đến hạn, quá hạn mà chưa báo cáo của cả Sở (cán bộ: của đơn vị mình); lọc, in khổ A4 ngang, tải Excel, lãnh đạo nhắc đơn vị ngay trên danh sách.
            </li>
            <li>Mỗi kế hoạch có các trang Tiến độ, Biểu đồ thời gian, Lịch và Lịch sử thay đổi.</li>
            <li>Đăng ký lịch (iCalendar) để thấy hoạt động trên điện thoại.</li>
          </ul>
        </Card>
        <Card title="5. Quản trị">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li>Quản trị hệ thống thêm đơn vị, tài khoản, và sửa tên cơ quan, chữ viết tắt, địa danh in trên văn bản (trang “Cơ quan”).</li>
            <li>Kế hoạch đã ban hành giữ nguyên số ký hiệu khi chữ viết tắt thay đổi.</li>
          </ul>
        </Card>
      </div>
      <p className="text-sm text-slate-600">
        Dùng bàn phím: Tab để chuyển giữa các ô, Enter để bấm nút; các nút ↑ ↓ đổi thứ tự hoạt động. Tích hợp với hệ thống khác: xem{" "}
        <Link className="text-brand-700 underline" href="/api/docs">
          tài liệu API
        </Link>
        .
      </p>
    </div>
  );
}
