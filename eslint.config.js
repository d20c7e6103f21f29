import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Node built-ins, databases and HTTP: forbidden in the pure packages. */
const IMPURE = [
  { group: ["node:*"], message: "Pure packages use web-standard APIs only." },
  ...[
    "fs",
    "path",
    "crypto",
    "http",
    "https",
    "net",
    "os",
    "child_process",
    "stream",
    "zlib",
    "url",
    "worker_threads",
  ].map((name) => ({ group: [name], message: "Pure packages use web-standard APIs only." })),
  {
    group: ["pg", "@electric-sql/*", "drizzle-orm", "drizzle-orm/*"],
    message: "Pure packages do not touch the database.",
  },
  { group: ["fastify", "@fastify/*"], message: "Pure packages know nothing of HTTP." },
  {
    group: ["@ariadne/server", "@ariadne/cli", "@ariadne/web"],
    message: "Pure packages import no other package of ours.",
  },
];
/** No deep imports into another package's internals. */
const DEEP = [{ group: ["@ariadne/*/*"], message: "Import a package through its index, not its files." }];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      ".ariadne/**",
      "scratch/**",
      "packages/web/src/api/schema.d.ts",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      "@typescript-eslint/no-extraneous-class": "off",
      "@typescript-eslint/no-confusing-void-expression": "off",
      "@typescript-eslint/no-unnecessary-condition": ["error", { allowConstantLoopConditions: true }],
      // Fastify plugins are async by contract even when they register synchronously.
      "@typescript-eslint/require-await": "off",
      "no-restricted-imports": ["error", { patterns: DEEP }],
    },
  },
  {
    files: ["packages/{domain,detect,privacy}/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...IMPURE, ...DEEP] }] },
  },
  {
    files: ["packages/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...DEEP,
            {
              group: ["@ariadne/server", "@ariadne/cli"],
              message: "The web app talks to the server over HTTP only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
