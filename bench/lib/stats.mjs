// Small statistics helpers for the benchmark (nearest-rank percentiles on sorted copies).

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => percentile(values, 50);

export function summarize(values) {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    n: values.length,
  };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Milliseconds since `start` (a process.hrtime.bigint() value). */
export const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6;
