import { defineConfig } from "vitest/config";

/**
 * Three projects, by cost: `unit` (pure code, no IO), `integration` (services and HTTP
 * against a real database: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set),
 * `e2e` (a real server process and real Chromium).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/{domain,detect,privacy,web,server,cli}/src/**/*.test.ts"],
          environment: "node",
          // Projects with different worker settings run one group after another.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/{server,cli}/test/**/*.test.ts"],
          environment: "node",
          // The CLI tests start several processes each: on a loaded two-core machine one
          // test can take over a minute.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two cores: argon2 and PGlite are CPU-heavy, more workers only thrash.
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
