"use client";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Đã có lỗi xảy ra</h1>
        <p>Vui lòng thử lại sau ít phút.{error.digest ? ` Mã lỗi: ${error.digest}` : ""}</p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>
      </body>
    </html>
  );
}
