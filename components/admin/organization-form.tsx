"use client";
import { updateOrganizationAction } from "@/lib/organizations/actions";
import type { OrganizationSettings } from "@/lib/organizations/queries";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { NUMBERING_SOURCE_LABELS, NUMBERING_SOURCES } from "@/lib/organizations/labels";

export function OrganizationForm({ organization }: { organization: OrganizationSettings }) {
  const { state, pending, onSubmit, formKey } = useFormAction(updateOrganizationAction, { version: organization.version });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Thông tin cơ quan">
      <input type="hidden" name="version" value={organization.version} />
      <FormMessage state={state} />
      {/* After a save the fields show what was stored (the code in capitals); after an error, what was typed. */}
      <div key={formKey} className="space-y-4">
        <TextField id="org-name" name="name" label="Tên cơ quan" defaultValue={organization.name} required errors={fieldErrors(state, "name")} hint="Hiện ở đầu mỗi trang, ví dụ: Sở Khoa học và Công nghệ tỉnh Lạng Sơn" />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField id="org-parent" name="parentName" label="Cơ quan chủ quản" defaultValue={organization.parentName} required errors={fieldErrors(state, "parentName")} hint="Dòng trên cùng bên trái của văn bản, ví dụ: UBND TỈNH LẠNG SƠN" />
          <TextField id="org-header" name="headerName" label="Tên cơ quan trên văn bản" defaultValue={organization.headerName} required errors={fieldErrors(state, "headerName")} hint="Dòng in đậm dưới cơ quan chủ quản, ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ" />
          <TextField id="org-code" name="code" label="Chữ viết tắt" defaultValue={organization.code} required errors={fieldErrors(state, "code")} hint="Dùng trong số ký hiệu: Số 05/KH-SKHCN. Kế hoạch đã ban hành giữ số cũ." autoCapitalize="characters" />
          <TextField id="org-place" name="place" label="Địa danh" defaultValue={organization.place} required errors={fieldErrors(state, "place")} hint="Điền sẵn cho kế hoạch mới (mỗi kế hoạch sửa được): Lạng Sơn, ngày 03 tháng 5 năm 2022" />
        </div>
        <fieldset className="space-y-2" aria-describedby="org-numbering-hint">
          <legend className="text-sm font-medium text-slate-900">Số kế hoạch lấy từ đâu</legend>
          <p id="org-numbering-hint" className="text-sm text-slate-600">
            Nghị định 30/2020/NĐ-CP: số và ngày văn bản lấy từ sổ đăng ký của cơ quan, một dãy số mỗi năm.
          </p>
          {NUMBERING_SOURCES.map((source) => (
            <label key={source} className="flex items-start gap-2 rounded-md border border-slate-200 p-3 text-sm">
              <input type="radio" name="numberingSource" value={source} defaultChecked={organization.numberingSource === source} className="mt-1" />
              <span>
                <span className="font-medium text-slate-900">{NUMBERING_SOURCE_LABELS[source].label}</span>
                <span className="block text-slate-600">{NUMBERING_SOURCE_LABELS[source].hint}</span>
              </span>
            </label>
          ))}
          {fieldErrors(state, "numberingSource")?.map((e) => (
            <p key={e} className="text-sm text-red-700">{e}</p>
          ))}
        </fieldset>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang lưu…" : "Lưu thông tin cơ quan"}
      </Button>
    </form>
  );
}
