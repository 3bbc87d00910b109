import pg from "pg";

/** One connection for one job, closed whatever happens. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>, options: { connectionTimeoutMillis?: number } = {}): Promise<T> {
  const client = new pg.Client({ connectionString: url, ...options });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
