"use client";

import dynamic from "next/dynamic";

/** sonner's Toaster, fetched after hydration so it never weighs on any page's first load. */
export const LazyToaster = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });
