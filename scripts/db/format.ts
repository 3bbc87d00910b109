// Sizes and durations for the database commands' messages, Vietnamese style (1,5 MB).
const number = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}

export const formatSeconds = (milliseconds: number) => `${number.format(milliseconds / 1000)} giây`;
