/**
 * Toasts without sonner in the first load: sonner (~10 kB gzip) loads on the first toast, or
 * right after hydration through `LazyToaster`. Same call shape as sonner's `toast.*`.
 */
type Options = { id?: string | number; description?: string; duration?: number };
type Kind = "success" | "error" | "info" | "warning";

const show = (kind: Kind) => (message: string, options?: Options) => {
  void import("sonner").then(({ toast: sonner }) => sonner[kind](message, options));
};

export const toast = {
  success: show("success"),
  error: show("error"),
  info: show("info"),
  warning: show("warning"),
};
