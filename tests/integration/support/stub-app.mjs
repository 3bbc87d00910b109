// A stand-in for the Next.js server in the `npm start` supervision test:
// `serve` answers every request with its pid on PORT; `die` exits at once.
import http from "node:http";

if (process.argv[2] === "die") {
  console.error("stub app: exiting at once");
  process.exit(3);
}
http
  .createServer((_request, response) => response.end(String(process.pid)))
  .listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`stub app ${process.pid} listening`));
