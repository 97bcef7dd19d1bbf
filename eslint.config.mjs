import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const consoleFolders = [
  "@/app/*",
  "@/components/*",
  "@/lib/*",
  "next",
  "next/*",
  "react",
  "react-dom",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "dist/**",
      ".data/**",
      "bench/.work/**",
      "next-env.d.ts",
      "engine/runtime/bootstrap/**",
    ],
  },
  {
    // The engine is a separate program: it reaches nothing of the console.
    files: ["engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: consoleFolders, message: "engine/ imports nothing from the console." },
            {
              group: [
                "../app/*",
                "../components/*",
                "../lib/*",
                "../../app/*",
                "../../lib/*",
                "../../components/*",
              ],
              message: "engine/ imports nothing from the console.",
            },
          ],
        },
      ],
    },
  },
  {
    // Client components must never pull in server-only modules.
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/aws/*", "@/lib/aws", "@/lib/data/*", "@/lib/auth/*", "@/lib/env"],
              message: "Client code gets DTOs, not server modules.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
];
export default config;
