import type { ReactNode } from "react";
import { AuthFrame } from "@/components/auth/auth-frame";

/** Sign-in and first-run pages: no console chrome. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <AuthFrame>{children}</AuthFrame>;
}
