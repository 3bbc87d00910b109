// Keeps the bench's large database running for profiling by hand:
//   node --import tsx bench/dev-db.ts   → prints DATABASE_URL, Ctrl-C stops it.
// Run `npm run bench` once first so the data exists.
import path from "node:path";
import { prepareDatabase } from "@/scripts/db/prepare";

const database = await prepareDatabase({ dataDir: path.resolve(import.meta.dirname, "../.data/bench"), databaseName: "kehoach_bench" });
console.log(`DATABASE_URL=${database.url}`);
const stop = () => void database.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
