// Benchmarks: each measurement runs beside its baseline in the same process and run, and
// the results go to bench/results/<suite>.{json,md}.
//   npm run bench              every suite, one after another
//   npm run bench -- detect    one suite (foundation, detect, stats)
import { register } from "tsx/esm/api";

register();
const SUITES = ["foundation", "detect", "stats"];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !SUITES.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown suite ${unknown.join(", ")}; choose from ${SUITES.join(", ")}\n`);
  process.exit(2);
}
const { existsSync } = await import("node:fs");
for (const suite of asked.length > 0 ? asked : SUITES) {
  const file = new URL(`./${suite}.bench.ts`, import.meta.url);
  if (!existsSync(file)) {
    process.stdout.write(`bench: ${suite} has no benchmark yet, skipped\n`);
    continue;
  }
  process.stdout.write(`\n== ${suite} ==\n`);
  await import(file.href);
}
