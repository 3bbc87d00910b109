import type { CheckItem } from "@/lib/plans/checklist";

/** The clone preview's "Nội dung cần xem lại": texts still written for the source's year. */
export function StaleTexts({ items }: { items: CheckItem[] }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="stale-texts-heading" className="mt-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <h3 id="stale-texts-heading" className="font-semibold">
        Nội dung cần xem lại sau khi tạo ({items.length})
      </h3>
      <p className="mt-1">Các đoạn sau vẫn ghi ngày tháng hoặc số lần của kế hoạch nguồn; danh sách kiểm tra khi trình duyệt sẽ nhắc lại.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.key}>
            <span className="font-medium">{item.where}:</span> {item.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
