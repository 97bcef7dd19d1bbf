"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { ToasterProps } from "sonner";

/**
 * sonner's Toaster, fetched after hydration so it never weighs on any page's first load. A plain
 * import() in an effect: next/dynamic would bring its loadable runtime (~2 kB gzip) along.
 */
export function LazyToaster(props: ToasterProps) {
  const [Toaster, setToaster] = useState<ComponentType<ToasterProps> | null>(null);
  useEffect(() => {
    void import("sonner").then((m) => setToaster(() => m.Toaster));
  }, []);
  return Toaster ? <Toaster {...props} /> : null;
}
