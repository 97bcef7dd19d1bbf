import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="grid min-h-dvh place-items-center p-6">
      <div className="grid max-w-md gap-3 text-center">
        <h1 className="text-lg font-semibold">Page not found</h1>
        <p className="text-muted-foreground text-sm">There is nothing at this address.</p>
        <Link
          href="/functions"
          className={buttonVariants({ variant: "outline", className: "mx-auto" })}
        >
          Back to functions
        </Link>
      </div>
    </div>
  );
}
