"use client";

import "./globals.css";

/** Last resort when the root layout itself fails: no stack trace, just a way back. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center p-6">
        <div className="grid max-w-md gap-3 text-center">
          <h1 className="text-lg font-semibold">Functionary hit an unexpected error</h1>
          <p className="text-muted-foreground text-sm">Nothing was changed. Try again.</p>
          <button className="mx-auto rounded-md border px-4 py-2 text-sm" onClick={reset}>
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
