// Benchmarks: each measurement runs beside its baseline in the same process and run, and
// the results go to bench/results/foundation.{json,md}. Run with `npm run bench`.
import { register } from "tsx/esm/api";

register();
await import("./foundation.bench.ts");
