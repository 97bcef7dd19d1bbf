import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Label } from "./input";

type FieldProps = {
  label: string;
  hint?: ReactNode;
  error?: string | string[];
  className?: string;
  /** A single input element; Field wires id, aria-invalid and aria-describedby into it. */
  children: ReactElement<Record<string, unknown>>;
};

/** Label, control, hint and the error right under the control, linked for screen readers. */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  const described = [hint ? `${id}-hint` : null, message ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  const control = isValidElement(children)
    ? cloneElement(children, {
        id,
        "aria-invalid": message ? true : undefined,
        "aria-describedby": described || undefined,
      })
    : children;
  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {control}
      {hint && !message && (
        <p id={`${id}-hint`} className="text-muted-foreground text-xs">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} role="alert" className="text-destructive text-xs">
          {message}
        </p>
      )}
    </div>
  );
}
