"use server";
import { formAction } from "@/lib/action";
import { updateOrganizationSchema } from "@/lib/organizations/schemas";
import { updateOrganization } from "@/lib/organizations/service";

export const updateOrganizationAction = formAction({
  name: "updateOrganization",
  schema: updateOrganizationSchema,
  run: updateOrganization,
  after: () => ({ message: "Đã lưu thông tin cơ quan. Văn bản xuất từ nay dùng thông tin mới.", revalidate: ["/settings"] }),
});
