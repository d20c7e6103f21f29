// Detect benchmark: a seeded synthetic corpus with ground truth, scanned end to end through the
// CLI pipeline (worker threads for the per-ad stage, single-threaded merge) at 10k, 100k and 1M
// ads, each in a fresh child process so that its peak memory is its own. Beside it, in the same
// run: per-stage throughput and, on a 5k sample, LSH against exact all-pairs Jaccard and a naive
// single hash. Limit sizes with ARIADNE_BENCH_SIZES=10000,100000.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { phoneTableQuality } from "../packages/detect/src/extract/testdata/phone-cases.ts";
import { measureSample } from "./detect/sample.ts";
import type { Quality } from "./detect/metrics.ts";

interface SizeRun {
  size: number;
  ads: number;
  generateSeconds: number;
  seconds: number;
  adsPerSec: number;
  timings: { prepare: number; cluster: number; write: number };
  phases: Record<string, number>;
  quality: Quality;
  networkQuality: Quality;
  topNetworks: { networks: number; matched: number; meanJaccard: number };
  largestCluster: number;
  clusters: number;
  networks: number;
  largestNetwork: number;
  stopShingles: number;
  maxRssMiB: number;
  targets: { name: string; met: boolean }[];
}

const sizes = (process.env.ARIADNE_BENCH_SIZES ?? "10000,100000,1000000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const workers = availableParallelism();
const here = new URL(".", import.meta.url).pathname;
const tsx = ["--import", "tsx"];

const runs: SizeRun[] = [];
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), "ariadne-detect-bench-"));
  try {
    let start = performance.now();
    execFileSync(process.execPath, [...tsx, join(here, "detect/generate.ts"), String(size), "42", dir], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    const generateSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    const out = execFileSync(
      process.execPath,
      [...tsx, join(here, "detect/scan-size.ts"), dir, String(workers)],
      {
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 1 << 20,
      },
    ).toString();
    const run = JSON.parse(out.trim().split("\n").pop() ?? "{}") as Omit<
      SizeRun,
      "size" | "generateSeconds" | "adsPerSec" | "targets"
    >;
    const adsPerSec = run.ads / run.seconds;
    const targets = [
      ...(size >= 1_000_000
        ? [
            { name: "1M ads end to end < 120 s", met: run.seconds < 120 },
            { name: "peak memory < 3 GB", met: run.maxRssMiB < 3072 },
          ]
        : []),
      { name: "pairwise F1 ≥ 0.95", met: run.quality.f1 >= 0.95 },
      // The issue's test of the ranking is a 100k-ad scan. At 1M the corpus's small sentence
      // pools give unrelated families near-identical texts (see bench/results/detect.md).
      ...(size < 1_000_000
        ? [
            {
              name: "≥ 90% of the top 100 networks match a planted one",
              met: run.topNetworks.matched >= 0.9 * run.topNetworks.networks,
            },
          ]
        : []),
    ];
    runs.push({ size, generateSeconds, adsPerSec, targets, ...run });
    process.stdout.write(
      `${size} ads: ${run.seconds.toFixed(1)} s end to end (${adsPerSec.toFixed(0)} ads/s; prepare ${run.timings.prepare.toFixed(1)} s, cluster ${run.timings.cluster.toFixed(1)} s, write ${run.timings.write.toFixed(1)} s), F1 ${run.quality.f1.toFixed(4)}, ARI ${run.quality.ari.toFixed(4)}, network F1 ${run.networkQuality.f1.toFixed(4)}, top networks matched ${run.topNetworks.matched}/${run.topNetworks.networks}, peak ${run.maxRssMiB} MiB\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sample = measureSample(5000);
const phones = phoneTableQuality();
process.stdout.write(
  `phone table (${phones.forms} disguised forms): precision ${phones.precision.toFixed(4)}, recall ${phones.recall.toFixed(4)}\n`,
);
process.stdout.write(
  `5k sample: LSH F1 ${sample.lsh.quality.f1.toFixed(4)} in ${sample.lsh.seconds.toFixed(2)} s; exact all-pairs F1 ${sample.exactAllPairs.quality.f1.toFixed(4)} in ${sample.exactAllPairs.seconds.toFixed(2)} s; single hash F1 ${sample.singleHash.quality.f1.toFixed(4)}; LSH candidate recall ${sample.lshCandidateRecall.toFixed(4)}\n`,
);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpuName(),
  cores: availableParallelism(),
  workers,
  runs,
  sample,
  phones: { forms: phones.forms, precision: phones.precision, recall: phones.recall, misses: phones.misses },
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/detect.json", import.meta.url), `${JSON.stringify(result, null, 2)}\n`);

const pct = (x: number) => (x * 100).toFixed(2);
const md = [
  `# Detect benchmarks (${result.date}, Node ${result.node}, ${result.cpu}, ${result.cores} cores, ${workers} workers)`,
  "",
  "Synthetic corpus (bench/detect/corpus.ts, seed 42): template families in English, French, Spanish and Romanian with slots, noise, disguised and shared phones, and boilerplate shared by unrelated advertisers. Each size runs in its own process through the CLI pipeline (`runScan`: streaming read, worker threads for the per-ad stage, single-threaded merge, the three output files written).",
  "",
  "## End to end",
  "",
  "| ads | seconds | ads/s | prepare s | cluster s | write s | peak RSS MiB | precision % | recall % | F1 % | ARI % | clusters | largest | networks | targets |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ...runs.map(
    (r) =>
      `| ${r.size} | ${r.seconds.toFixed(1)} | ${r.adsPerSec.toFixed(0)} | ${r.timings.prepare.toFixed(1)} | ${r.timings.cluster.toFixed(1)} | ${r.timings.write.toFixed(1)} | ${r.maxRssMiB} | ${pct(r.quality.precision)} | ${pct(r.quality.recall)} | ${pct(r.quality.f1)} | ${pct(r.quality.ari)} | ${r.clusters} | ${r.largestCluster} | ${r.networks} | ${r.targets.map((t) => `${t.name}: ${t.met ? "met" : "NOT met"}`).join("; ")} |`,
  ),
  "",
  "## Networks against the planted ones",
  "",
  "Truth networks are families that share a phone number. Pairwise scores count pairs of ads put in the same network; the top 100 ranked networks are each compared with the planted network they overlap most (Jaccard index of their ads; matched at ≥ 0.9).",
  "",
  "| ads | precision % | recall % | F1 % | ARI % | top 100 matched | mean Jaccard | largest network |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...runs.map(
    (r) =>
      `| ${r.size} | ${pct(r.networkQuality.precision)} | ${pct(r.networkQuality.recall)} | ${pct(r.networkQuality.f1)} | ${pct(r.networkQuality.ari)} | ${r.topNetworks.matched}/${r.topNetworks.networks} | ${r.topNetworks.meanJaccard.toFixed(3)} | ${r.largestNetwork} |`,
  ),
  "",
  "At a million ads the corpus draws about 85,000 families from small sentence pools (10 to 12 sentences per language and kind), so a few unrelated families get near-identical texts: text cannot tell them apart, and the merged networks rank high because they are larger. The ranking target is checked at 10k and 100k ads (the issue's test is a 100k-ad scan).",
  "",
  `Phone extraction on the table of ${phones.forms} disguised forms (packages/detect/src/extract/testdata/phone-cases.ts): precision ${pct(phones.precision)}%, recall ${pct(phones.recall)}% (target ≥ 98% each).`,
  "",
  "## Merge phases (ads/s, main thread)",
  "",
  "| ads | stop shingles | buckets (LSH) | verify + union-find | templates | networks + rank |",
  "|---:|---:|---:|---:|---:|---:|",
  ...runs.map((r) => {
    const per = (ms: number | undefined) => (ms && ms > 0 ? (r.ads / (ms / 1000)).toFixed(0) : "–");
    return `| ${r.size} | ${per(r.phases.stopShingles)} | ${per(r.phases.buckets)} | ${per(r.phases.verify)} | ${per(r.phases.templates)} | ${per(r.phases.networks)} |`;
  }),
  "",
  "## Per-ad stages (one thread, 5k sample)",
  "",
  "| stage | ads/s |",
  "|---|---:|",
  ...sample.stages.map((s) => `| ${s.name} | ${s.adsPerSec.toFixed(0)} |`),
  "",
  `## Clustering against baselines (5k sample, threshold ${sample.threshold})`,
  "",
  "| method | seconds | precision % | recall % | F1 % | ARI % |",
  "|---|---:|---:|---:|---:|---:|",
  ...(
    [
      ["MinHash-LSH (engine)", sample.lsh],
      [`exact all-pairs Jaccard (${sample.exactAllPairs.pairs} pairs)`, sample.exactAllPairs],
      ["single hash of normalised text", sample.singleHash],
    ] as const
  ).map(
    ([name, m]) =>
      `| ${name} | ${m.seconds.toFixed(2)} | ${pct(m.quality.precision)} | ${pct(m.quality.recall)} | ${pct(m.quality.f1)} | ${pct(m.quality.ari)} |`,
  ),
  "",
  `LSH candidate recall against exact Jaccard ≥ ${sample.threshold}: ${pct(sample.lshCandidateRecall)}% of ${sample.exactPairsAbove} pairs share a bucket; ${pct(sample.lshVerifiedRecall)}% also pass the signature check. Clusters are connected components, so a pair missed directly is usually joined through others (compare the F1 rows).`,
  "",
].join("\n");
writeFileSync(new URL("./results/detect.md", import.meta.url), md);

/**
 * The processor, as precisely as the machine says: machines of one kind differ (a virtual "AMD
 * EPYC" may be of any generation), and the timings depend on it.
 */
function cpuName(): string {
  const model = cpus()[0]?.model.trim() ?? "unknown processor";
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const family = /^cpu family\s*:\s*(\d+)/m.exec(info)?.[1];
    const number = /^model\s*:\s*(\d+)/m.exec(info)?.[1];
    if (family !== undefined && number !== undefined) return `${model} (family ${family}, model ${number})`;
  } catch {
    // Not Linux: the model name alone.
  }
  return model;
}
