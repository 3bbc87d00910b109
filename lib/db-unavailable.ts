// Shared by the server (which marks the error) and the error pages (which
// read the mark): Next.js keeps an error's digest when it already has one,
// and the digest is all a client error boundary gets to see.
export const DB_UNAVAILABLE_DIGEST = "KEHOACH_DB_UNAVAILABLE";

export const DB_UNAVAILABLE_MESSAGE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu.";
export const DB_UNAVAILABLE_DETAIL =
  "Dữ liệu của bạn vẫn an toàn; thay đổi chưa lưu sẽ không được ghi một nửa. Hệ thống tự kết nối lại khi cơ sở dữ liệu hoạt động trở lại: vui lòng thử lại sau ít phút.";

/** Seconds a client should wait before asking again (Retry-After of every 503). */
export const DB_RETRY_AFTER_SECONDS = 10;
