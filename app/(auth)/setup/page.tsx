import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { setupAdmin } from "@/lib/auth/actions/setup-admin";
import { countUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

/** First run only; once a user exists this page (and its action) send everyone to /login. */
export default async function SetupPage() {
  if ((await countUsers()) > 0) redirect("/login");
  return <SetupForm setupAdmin={setupAdmin} />;
}
