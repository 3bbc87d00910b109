// The embedded database preparation of `npm start` (scripts/db/prepare.ts:
// start PostgreSQL on .data/pg under the working folder, migrate), as a
// process of its own; prints READY and the URL, and stops the server on SIGTERM.
import path from "node:path";
import { prepareDatabase } from "@/scripts/db/prepare";

const database = await prepareDatabase({ dataDir: path.resolve(".data"), databaseName: "kehoach", log: (line) => console.log(line) });
console.log(`READY ${database.url}`);
process.on("SIGTERM", () => void database.stop().then(() => process.exit(0)));
