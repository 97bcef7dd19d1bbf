import { buttonVariants } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="grid min-h-dvh place-items-center p-6">
      <div className="grid max-w-md gap-3 text-center">
        <h1 className="text-lg font-semibold">Page not found</h1>
        <p className="text-muted-foreground text-sm">There is nothing at this address.</p>
        {/* A plain link: next/link here would ship its client code with the root layout, i.e.
            twice on pages that use it themselves. A full load is fine for leaving a 404. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a
          href="/functions"
          className={buttonVariants({ variant: "outline", className: "mx-auto" })}
        >
          Back to functions
        </a>
      </div>
    </div>
  );
}
