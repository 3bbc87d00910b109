// A load run with autocannon: req/s, latency percentiles from every response
// time (autocannon's own summary has no p95), errors and non-2xx answers.
import autocannon, { type Request as CannonRequest } from "autocannon";

export type LoadResult = {
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
};

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

export async function load(options: {
  url: string;
  headers: Record<string, string>;
  connections?: number;
  duration?: number;
  requests?: CannonRequest[];
  method?: "GET" | "POST";
}): Promise<LoadResult> {
  const times: number[] = [];
  const statusCodes: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections ?? 10,
        duration: options.duration ?? 10,
        headers: options.headers,
        method: options.method ?? "GET",
        requests: options.requests,
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
  times.sort((a, b) => a - b);
  const total = times.length;
  return {
    requests: total,
    reqPerSec: Math.round((total / (options.duration ?? 10)) * 10) / 10,
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}
