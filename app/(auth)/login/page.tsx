import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getSession } from "@/lib/auth";
import { signIn } from "@/lib/auth/actions/sign-in";
import { countUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Sign in" };
// Reads the database (is there any user yet?) on every request, never at build time.
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  if ((await countUsers()) === 0) redirect("/setup");
  if (await getSession()) redirect("/functions");
  const { next } = await searchParams;
  return <LoginForm next={next} signIn={signIn} />;
}
