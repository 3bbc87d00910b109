import type { BurnUpPoint } from "@/lib/dashboard/plan";
import { formatDate } from "@/lib/dates";
import { html, type Html } from "@/lib/html";
import { Markup } from "@/components/ui/markup";

/**
 * Activities done over the plan's window against the total: a static SVG, no
 * client script, with a table for screen readers. One string of markup (lib/html.ts):
 * as some forty elements it went through the RSC payload, its decoding and the
 * HTML render on every view of the plan dashboard.
 */
export function BurnUpChart({ series, total, today }: { series: BurnUpPoint[]; total: number; today: string }) {
  if (!series.length) return <p className="text-sm text-slate-600">Kế hoạch chưa có giai đoạn nào để vẽ biểu đồ.</p>;
  return <Markup as="figure" className="space-y-2" html={burnUpHtml(series, total, today).value} />;
}

/** The figure's content: the chart, its caption and the same figures as a table (`series` not empty). */
export function burnUpHtml(series: BurnUpPoint[], total: number, today: string): Html {
  const width = 720;
  const height = 260;
  const pad = { left: 36, right: 12, top: 12, bottom: 34 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(total, 1);
  const x = (i: number) => pad.left + (series.length === 1 ? plotW / 2 : (i / (series.length - 1)) * plotW);
  const y = (v: number) => pad.top + plotH - (v / max) * plotH;
  // A step line: the count changes on the day something is done, not in between.
  const path = series.map((p, i) => (i === 0 ? `M${x(0).toFixed(1)},${y(p.done).toFixed(1)}` : `H${x(i).toFixed(1)} V${y(p.done).toFixed(1)}`)).join(" ");
  const step = Math.max(1, Math.ceil(max / 5));
  const yTicks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  const every = Math.max(1, Math.ceil(series.length / 8));
  const todayIndex = series.findIndex((p) => p.day === today);
  const last = series.at(-1)!;
  const chart = html`<svg viewBox="0 0 ${width} ${height}" class="h-auto w-full max-w-3xl" role="img" aria-labelledby="burnup-title burnup-desc"><title id="burnup-title">Số hoạt động hoàn thành theo ngày</title><desc id="burnup-desc">${`Từ ${formatDate(series[0]!.day)} đến ${formatDate(last.day)}: ${last.done} trên ${total} hoạt động đã hoàn thành.`}</desc>${yTicks.map(
    (tick) =>
      html`<g><line x1="${pad.left}" x2="${width - pad.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e2e8f0"></line><text x="${pad.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="11" fill="#475569">${tick}</text></g>`,
  )}<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(total)}" y2="${y(total)}" stroke="#64748b" stroke-dasharray="6 4"></line><text x="${width - pad.right}" y="${y(total) - 4}" text-anchor="end" font-size="11" fill="#334155">Tổng ${total}</text>${
    todayIndex >= 0 ? html`<line x1="${x(todayIndex)}" x2="${x(todayIndex)}" y1="${pad.top}" y2="${pad.top + plotH}" stroke="#c8102e" stroke-dasharray="3 3"></line>` : null
  }<path d="${path}" fill="none" stroke="#1e4fd8" stroke-width="2.5"></path>${series.map((p, i) =>
    i % every === 0 || i === series.length - 1 ? html`<text x="${x(i)}" y="${height - 12}" text-anchor="middle" font-size="11" fill="#475569">${p.day.slice(8, 10)}/${Number(p.day.slice(5, 7))}</text>` : null,
  )}</svg>`;
  const rows = series.map((p) => html`<tr><td class="pr-4 tabular-nums">${formatDate(p.day)}</td><td class="text-right tabular-nums">${p.done}/${total}</td></tr>`);
  return html`${chart}<figcaption class="text-xs text-slate-600">Đường liền: số hoạt động đã hoàn thành (theo lịch sử cập nhật). Đường đứt: tổng số hoạt động.</figcaption><details class="text-sm"><summary class="cursor-pointer text-brand-700">Xem dạng bảng</summary><table class="mt-2 text-sm"><caption class="sr-only">Số hoạt động hoàn thành theo ngày</caption><thead><tr><th scope="col" class="pr-4 text-left">Ngày</th><th scope="col" class="text-right">Đã hoàn thành (cộng dồn)</th></tr></thead><tbody>${rows}</tbody></table></details>`;
}
