import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A side build (`NEXT_DIST_DIR=.next-x next build`) measures bundles without touching the
  // .next a running console or e2e suite serves from.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // The SDK clients and the zip code run only on the server; keep them out of the bundler.
  serverExternalPackages: ["@aws-sdk/client-lambda", "@aws-sdk/client-cloudwatch"],
  experimental: {
    serverActions: {
      // A Lambda zip may be 50 MB; base64 in the action body adds a third.
      bodySizeLimit: "70mb",
    },
  },
};

export default nextConfig;
