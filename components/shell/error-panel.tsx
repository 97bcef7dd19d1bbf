"use client";

import { CloudOff, LogIn, RefreshCw, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/queries/fetch-json";

/** /login?next=<this page>, so signing in again returns here. */
const signInHref = () =>
  `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;

/** The frame every failed view shares: an icon, a heading, a plain sentence and one action. */
function Panel({
  icon,
  title,
  message,
  children,
}: {
  icon: ReactNode;
  title: string;
  message: string;
  children?: ReactNode;
}) {
  return (
    <div
      role="alert"
      className="bg-card mx-auto flex max-w-lg flex-col items-center gap-3 rounded-lg border px-6 py-12 text-center"
    >
      {icon}
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="text-muted-foreground text-sm">{message}</p>
      {children}
    </div>
  );
}

/**
 * The session ended while the page was open (idle expiry, "sign out everywhere" elsewhere):
 * go to the sign-in page and come back here afterwards. Drafts in the editor are kept locally.
 */
function SessionEnded() {
  const router = useRouter();
  useEffect(() => router.replace(signInHref()), [router]);
  return (
    <Panel
      icon={<LogIn className="text-muted-foreground size-8" aria-hidden />}
      title="Your session has ended"
      message="Taking you to the sign-in page…"
    >
      <Button variant="outline" onClick={() => router.replace(signInHref())}>
        <LogIn /> Sign in
      </Button>
    </Panel>
  );
}

/**
 * What every failed view shows: a plain sentence and a retry. The backend being down is the
 * common case and gets its own wording; stack traces are never rendered.
 */
export function ErrorPanel({
  error,
  onRetry,
  title,
  action,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  /** Where to go instead, when retrying cannot help (a function that no longer exists). */
  action?: ReactNode;
}) {
  if (error instanceof ApiError && error.error.code === "unauthorized") return <SessionEnded />;
  const unreachable = error instanceof ApiError && error.error.code === "backend_unavailable";
  return (
    <Panel
      icon={
        unreachable ? (
          <CloudOff className="text-muted-foreground size-8" aria-hidden />
        ) : (
          <TriangleAlert className="text-warning size-8" aria-hidden />
        )
      }
      title={title ?? (unreachable ? "The backend is not answering" : "This could not be loaded")}
      message={
        error instanceof ApiError
          ? error.message
          : "Something went wrong while showing this page. Nothing was changed."
      }
    >
      {onRetry && (
        <Button variant="outline" onClick={onRetry}>
          <RefreshCw /> Retry
        </Button>
      )}
      {action}
    </Panel>
  );
}
