import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { sql } from "drizzle-orm";
import { generate } from "otplib";
import { buildApp, loadConfig, openRuntime, SYSTEM_CONTEXT } from "@ariadne/server";

interface Row {
  name: string;
  measured: string;
  baseline: string;
  measuredPerSec: number;
  baselinePerSec: number;
  ratio: number;
  target: string;
  met: boolean;
}
const rows: Row[] = [];

async function rate(n: number, work: (i: number) => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await work(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return n / seconds;
}

function record(r: Omit<Row, "ratio" | "met">, meets: (ratio: number, measured: number) => boolean): void {
  const ratio = r.measuredPerSec / r.baselinePerSec;
  rows.push({ ...r, ratio, met: meets(ratio, r.measuredPerSec) });
  process.stdout.write(
    `${r.name}: ${r.measuredPerSec.toFixed(0)}/s vs baseline ${r.baselinePerSec.toFixed(0)}/s (×${ratio.toFixed(2)})\n`,
  );
}

const config = loadConfig({
  ...process.env,
  ARIADNE_MASTER_KEY: randomBytes(32).toString("base64"),
  LOG_LEVEL: "silent",
  ARIADNE_RATE_LIMIT: "10000000",
});
const runtime = await openRuntime(config, { target: { kind: "pglite-memory" } });
const { keyring, services, database } = runtime;

// 1. Field encryption: AES-256-GCM seal + open of a name, against copying the plaintext.
const names = Array.from({ length: 20_000 }, (_, i) => `Synthetic Person ${i} Example-Name`);
const sealed = await rate(names.length, async (i) =>
  keyring.decrypt(keyring.encrypt(names[i] ?? "", `bench:${i}`), `bench:${i}`),
);
const copied = await rate(names.length, (i) => Buffer.from(names[i] ?? "", "utf8").toString("utf8"));
record(
  {
    name: "encrypt+decrypt one personal field",
    measured: "AES-256-GCM seal+open",
    baseline: "plaintext copy",
    measuredPerSec: sealed,
    baselinePerSec: copied,
    target: "≥ 20,000 fields/s (a page of 500 people decrypts in < 25 ms)",
  },
  (_r, m) => m >= 20_000,
);

// 2. Audit append: hash-chained, locked append vs a plain insert of the same row shape.
await database.db.execute(
  sql`create table bench_plain_log (seq bigint primary key, at timestamptz, action text, details jsonb, hash text)`,
);
const N = 2000;
const chained = await rate(N, () =>
  services.audit.record(SYSTEM_CONTEXT, { action: "audit.verify", details: { n: 1 } }),
);
const plain = await rate(N, (i) =>
  database.db.transaction((tx) =>
    tx.execute(sql`insert into bench_plain_log values (${i}, now(), 'audit.verify', '{"n":1}', 'x')`),
  ),
);
record(
  {
    name: "audit append (own transaction, PGlite)",
    measured: "hash chain + advisory lock",
    baseline: "plain insert",
    measuredPerSec: chained,
    baselinePerSec: plain,
    target: "≥ 300 appends/s (an audited write costs < 3.3 ms more)",
  },
  (_r, m) => m >= 300,
);

// 3. HTTP: an authenticated, audited list against the unauthenticated health check.
const app = await buildApp(runtime, { logger: false });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
const token = await services.setup.issueToken();
const setup = await fetch(`http://127.0.0.1:${port}/api/setup`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    token,
    organisation: { org_Name: "Bench Office", org_Type: "NGO" },
    administrator: {
      fullName: "Bench Admin",
      email: "bench@example.org",
      password: "a long measuring passphrase",
    },
    loadDemoData: true,
  }),
});
if (setup.status !== 201) throw new Error(`setup failed: ${setup.status}`);
// Enrol the second factor through the API, then create an API token for the load run.
const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const session = (await setup.json()) as { csrfToken: string };
const post = async (path: string, body: unknown) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": session.csrfToken },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
};
const { secret } = (await post("/api/auth/mfa/enrolment", {})) as { secret: string };
await post("/api/auth/mfa/enrolment/confirm", { code: await generate({ secret }) });
const { token: apiToken } = (await post("/api/auth/tokens", {
  name: "bench",
  permissions: ["organisation.read"],
  expiresInDays: 1,
})) as { token: string };

/**
 * Drives `concurrency` request loops from a worker thread, so the load generator does not
 * compete with the server for the main thread (it still shares the machine's 2 cores).
 */
async function load(
  path: string,
  headers: Record<string, string>,
  seconds: number,
  concurrency: number,
): Promise<number> {
  const code = `
    const { parentPort, workerData: w } = require("node:worker_threads");
    (async () => {
      let done = 0;
      const until = Date.now() + w.seconds * 1000;
      await Promise.all(Array.from({ length: w.concurrency }, async () => {
        while (Date.now() < until) {
          const res = await fetch(w.url, { headers: w.headers });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(w.url + ": " + res.status);
          done++;
        }
      }));
      parentPort.postMessage(done);
    })().catch((e) => { throw e; });`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { url: `http://127.0.0.1:${port}${path}`, headers, seconds, concurrency },
  });
  const done = await new Promise<number>((resolve, reject) => {
    worker.once("message", (n: number) => resolve(n));
    worker.once("error", reject);
  });
  await worker.terminate();
  return done / seconds;
}
const health = await load("/api/health", {}, 5, 8);
const orgs = await load("/api/organisations", { authorization: `Bearer ${apiToken}` }, 5, 8);
record(
  {
    name: "HTTP GET /api/organisations (token auth, PGlite)",
    measured: "authenticated list",
    baseline: "GET /api/health",
    measuredPerSec: orgs,
    baselinePerSec: health,
    target: "≥ 300 requests/s on 2 cores",
  },
  (_r, m) => m >= 300,
);
await app.close();
await runtime.close();

const memory = process.memoryUsage();
const result = {
  date: new Date().toISOString(),
  node: process.version,
  rows,
  rssMiB: Math.round(memory.rss / 2 ** 20),
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/foundation.json", import.meta.url), JSON.stringify(result, null, 2) + "\n");
const md = [
  `# Foundation benchmarks (${result.date}, Node ${result.node}, RSS ${result.rssMiB} MiB)`,
  "",
  "| measurement | measured | per s | baseline | per s | ratio | target | met |",
  "|---|---|---:|---|---:|---:|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.measured} | ${r.measuredPerSec.toFixed(0)} | ${r.baseline} | ${r.baselinePerSec.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.target} | ${r.met ? "yes" : "NO"} |`,
  ),
  "",
].join("\n");
writeFileSync(new URL("./results/foundation.md", import.meta.url), md);
process.stdout.write(md);
