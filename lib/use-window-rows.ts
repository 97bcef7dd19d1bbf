import { useLayoutEffect, useState, type RefObject } from "react";

export type RowRange = { start: number; end: number };

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(n, min), max);

/**
 * Rows [start, end) of a list of fixed-height rows that meet the viewport, plus `overscan` rows
 * either side. `top` is the list's top edge relative to the viewport (negative once scrolled past).
 */
export function visibleRows(
  top: number,
  viewportHeight: number,
  count: number,
  rowHeight: number,
  overscan: number,
): RowRange {
  const end = clamp(Math.ceil((viewportHeight - top) / rowHeight) + overscan, 0, count);
  const start = clamp(Math.floor(-top / rowHeight) - overscan, 0, end);
  return { start, end };
}

/**
 * Window-scroll virtualization for rows of one fixed height: the rows to render now. Before the
 * first layout (server render and hydration) it is the first `initial` rows, so the first screen
 * of a list arrives in the HTML. @tanstack/react-virtual measured rows of any height at ~10 kB
 * gzip in the page's first load; with fixed heights the range is one division.
 */
export function useWindowRows(
  ref: RefObject<HTMLElement | null>,
  count: number,
  { rowHeight, initial, overscan }: { rowHeight: number; initial: number; overscan: number },
): RowRange {
  const [range, setRange] = useState<RowRange>(() => ({ start: 0, end: Math.min(count, initial) }));
  useLayoutEffect(() => {
    const update = () => {
      const el = ref.current;
      if (!el) return;
      const next = visibleRows(
        el.getBoundingClientRect().top,
        window.innerHeight,
        count,
        rowHeight,
        overscan,
      );
      setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [ref, count, rowHeight, overscan]);
  return range;
}
