const SYMBOLS = ["kB", "MB", "GB"] as const;

/**
 * 1536 → "1.5 kB", 512 → "512 B": binary steps, at most one decimal, thousands grouped: what
 * `Intl.NumberFormat("en", { style: "unit", unitDisplay: "short" })` writes, without it: the
 * first unit formatter a page builds loads ICU's unit data, ~50 ms of a first visit here.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < SYMBOLS.length - 1) {
    value /= 1024;
    unit++;
  }
  const [whole = "0", tenth] = (Math.round(value * 10) / 10).toFixed(1).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${grouped}${tenth === "0" ? "" : `.${tenth}`} ${SYMBOLS[unit]}`;
}
