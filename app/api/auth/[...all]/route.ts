import { authHttpHandler } from "@/lib/auth/http-handler";

export const dynamic = "force-dynamic";

/** better-auth's endpoints that the console uses over HTTP (sign in, sign out, session). */
export const GET = authHttpHandler;
export const POST = authHttpHandler;
