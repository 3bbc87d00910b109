// Shared by the server (which marks the error) and the error pages (which
// read the mark): Next.js keeps an error's digest when it already has one,
// and the digest is all a client error boundary gets to see.
export const DB_UNAVAILABLE_DIGEST = "KEHOACH_DB_UNAVAILABLE";

export const DB_UNAVAILABLE_MESSAGE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu.";
