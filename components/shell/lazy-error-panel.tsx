"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { ErrorPanel } from "./error-panel";

const Panel = lazy(() => import("./error-panel").then((m) => ({ default: m.ErrorPanel })));

/**
 * ErrorPanel, fetched when a failure is first shown: failures are rare, so the panel and its
 * icons stay out of the first load of every page that can show one.
 */
export function LazyErrorPanel(props: ComponentProps<typeof ErrorPanel>) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
