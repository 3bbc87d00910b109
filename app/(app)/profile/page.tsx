import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { listOwnFeeds, OWN_FEEDS_SHOWN } from "@/lib/calendar-feeds/queries";
import { countOwnSessions } from "@/lib/sessions/queries";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { CreateTokenForm } from "@/components/profile/token-forms";
import { TokenTable } from "@/components/profile/token-table";
import { FeedTable } from "@/components/profile/feed-table";
import { SignOutEverywhereButton } from "@/components/profile/session-forms";
import { ChangePasswordForm } from "@/components/profile/password-form";
import { MailSettingsForm } from "@/components/profile/mail-form";
import { getOwnMailSettings } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function ProfilePage() {
  const user = await requireUser();
  const [tokens, feeds, sessions, mail] = await Promise.all([listApiTokens(user), listOwnFeeds(user), countOwnSessions(user), getOwnMailSettings(user)]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tài khoản"
        description={`${user.displayName} · ${ROLE_LABELS[user.role]}${user.unitName ? ` · ${user.unitName}` : ""} · ${user.organizationName}`}
      />
      <Card title="Nhận thông báo qua thư">
        <p className="mb-3 text-sm text-slate-700">
          Thông báo (kế hoạch chờ duyệt, việc sắp đến hạn, quá hạn, vướng mắc…) luôn có ở trang Thông báo. Có địa chỉ thư, bạn nhận thêm từng thông báo qua thư ngay khi có, hoặc một thư tổng hợp lúc 07:00 mỗi sáng.
        </p>
        <MailSettingsForm email={mail.email ?? ""} preference={mail.mailPreference} version={mail.version} />
      </Card>
      <Card title="Phiên đăng nhập">
        <p className="mb-3 text-sm text-slate-700">
          Tài khoản đang đăng nhập ở <strong>{sessions} phiên</strong> (kể cả phiên này). Nếu bạn quên đăng xuất ở máy khác hoặc nghi có người dùng tài khoản của mình, hãy đăng xuất trên mọi thiết bị rồi đổi mật khẩu.
          Mã truy cập API và đường dẫn lịch không bị ảnh hưởng; thu hồi chúng ở bên dưới.
        </p>
        <SignOutEverywhereButton />
      </Card>
      <Card title="Mã truy cập API">
        <p className="mb-3 text-sm text-slate-700">
          Dùng cho hệ thống văn phòng điện tử hoặc tập lệnh báo cáo. Mã có đúng quyền của tài khoản này. Khi tài khoản bị khóa hoặc quản trị viên đặt lại mật khẩu, mọi mã bị thu hồi hẳn (mở khóa không làm mã cũ dùng lại được). Xem{" "}
          <Link href="/api/docs" className="text-brand-700 underline underline-offset-2">
            tài liệu API
          </Link>
          .
        </p>
        <CreateTokenForm />
        {tokens.length ? <TokenTable tokens={tokens} now={now} /> : null}
      </Card>
      <Card title="Đường dẫn lịch bạn đã tạo">
        <p className="mb-3 text-sm text-slate-700">
          Đường dẫn lịch của đơn vị hoặc kế hoạch do bạn tạo (ở trang Việc của đơn vị hoặc trang lịch của kế hoạch). Chúng bị thu hồi khi tài khoản bị khóa hoặc quản trị viên đặt lại mật khẩu.
          {feeds.length === OWN_FEEDS_SHOWN ? ` Hiện ${OWN_FEEDS_SHOWN} đường dẫn mới nhất.` : ""}
        </p>
        {feeds.length ? <FeedTable feeds={feeds} /> : <p className="text-sm text-slate-600">Bạn chưa tạo đường dẫn lịch nào.</p>}
      </Card>
      <Card title="Đổi mật khẩu">
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
