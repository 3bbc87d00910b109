// Empty databases on the test server for tests that need a database of their
// own (migrations from scratch, restoring a backup), dropped after the file.
import { withClient } from "@/scripts/db/client";
import { withDatabaseName } from "@/scripts/db/prepare";

export function scratchDatabases(serverUrl: string, prefix: string) {
  const created: string[] = [];
  const onServer = (sql: string) => withClient(withDatabaseName(serverUrl, "postgres"), (client) => client.query(sql));
  return {
    /** A new empty database; its URL. */
    async create(): Promise<string> {
      const name = `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      await onServer(`CREATE DATABASE "${name}"`);
      created.push(name);
      return withDatabaseName(serverUrl, name);
    },
    async dropAll(): Promise<void> {
      for (const name of created.splice(0)) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
