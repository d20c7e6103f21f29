import { mkdirSync, writeFileSync } from "node:fs";
import {
  aggregate,
  applyNoise,
  chargeRelease,
  checkRelease,
  clampedCounts,
  computeMarginals,
  createCountTable,
  createLedger,
  cryptoRandom,
  microdata,
  planGeometric,
  protectByDp,
  protectBySuppression,
  riskReport,
  sampleDiscreteLaplace,
  seededRandom,
  suppressSmallCells,
  synthesize,
  tableRows,
  uniformInt,
  utilityReport,
  type Marginals,
  type Microdata,
  type UtilityReport,
} from "@ariadne/privacy";
import { floatLaplace, naiveAggregate } from "./stats/baselines.ts";
import { dimensions, FORM_LISTS, generateCaseRecords } from "./stats/case-records.ts";
import { eurostatTables, indices } from "./stats/eurostat-tables.ts";

/*
 * Statistics benchmarks: each measurement beside a baseline in the same run.
 *  1. 1M case records → 8 Eurostat-style tables (per-person bound C = 3) → geometric noise
 *     on every cell (ε = 1/8 per table, charged to a ledger) → small-cell suppression with
 *     complementary cells. Baseline: string-keyed Map aggregation + floating-point Laplace
 *     noise + the same suppression. Target: < 5 s.
 *  2. Noise alone: exact discrete Laplace draws against Math.random() Laplace draws.
 *  3. ~100k persons → protected marginals up to 3-way over 5 attributes (DP, and small-count
 *     suppression) → aggregate-seeded synthesis of 100k records. Baseline: independent
 *     sampling from the one-way marginals. Target: < 30 s.
 *  4. Peak memory (maxRSS).
 */

interface Row {
  name: string;
  measured: string;
  measuredSeconds: number;
  baseline: string;
  baselineSeconds: number;
  target: string;
  met: boolean;
}
const rows: Row[] = [];
const notes: string[] = [];
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const maxRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const RECORDS = 1_000_000;
const BOUND = 3;
const THRESHOLD = 5;
const EPSILON_PER_TABLE = "1/8";
const at = new Date().toISOString();

let start = process.hrtime.bigint();
const records = generateCaseRecords(seededRandom("bench-stats-records"), RECORDS);
say(`generated ${RECORDS} records in ${seconds(start).toFixed(2)} s`);
const specs = eurostatTables(records);
const person = (i: number): number => records.person[i] ?? 0;

// 1. Exact pipeline.
start = process.hrtime.bigint();
const aggregated = aggregate(indices(RECORDS), specs, { person, contributionBound: BOUND });
const aggregateSeconds = seconds(start);
let ledger = createLedger("bench", { epsilon: "1", delta: "0" });
const releases = aggregated.tables.map((table) =>
  planGeometric(table, { id: `bench/${table.id}`, at, epsilon: EPSILON_PER_TABLE }),
);
const verdict = checkRelease(ledger, releases);
if (!verdict.ok) throw new Error(`ledger refused: ${JSON.stringify(verdict.issues)}`);
ledger = chargeRelease(ledger, releases);
const noise = cryptoRandom();
const published = aggregated.tables.map((table, t) => {
  const release = releases[t];
  if (!release) throw new Error("missing release");
  return suppressSmallCells(clampedCounts(applyNoise(table, release, noise)), { threshold: THRESHOLD });
});
const exactSeconds = seconds(start);
const releaseSeconds = exactSeconds - aggregateSeconds;
const rssAfterExact = maxRssMiB();
const cells = aggregated.tables.reduce((s, t) => s + t.counts.length, 0);

// Baseline pipeline.
start = process.hrtime.bigint();
const naive = naiveAggregate(RECORDS, specs, person, BOUND);
const naiveSeconds = seconds(start);
const scale = BOUND * 8;
const floatPublished = aggregated.tables.map((table) =>
  suppressSmallCells(
    createCountTable(table.id, table.dimensions, {
      counts: Array.from(table.counts, (c) => Math.max(0, c + floatLaplace(scale))),
    }),
    { threshold: THRESHOLD },
  ),
);
const baselineSeconds = seconds(start);
// The two aggregations must agree cell for cell.
aggregated.tables.forEach((table, t) => {
  for (const row of tableRows(table)) {
    const other = naive[t]?.get(row.categories.join("|")) ?? 0;
    if (other !== row.count)
      throw new Error(`${table.id} ${row.categories.join("|")}: ${row.count} vs naive ${other}`);
  }
});
rows.push({
  name: `aggregate ${RECORDS.toLocaleString("en")} records into 8 tables + DP release (noise on ${cells} cells, suppression)`,
  measured: "typed-array aggregation + exact geometric noise + complementary suppression",
  measuredSeconds: exactSeconds,
  baseline: "Map<string, number> aggregation + float Laplace + same suppression",
  baselineSeconds,
  target: "< 5 s",
  met: exactSeconds < 5,
});
say(
  `pipeline: ${exactSeconds.toFixed(2)} s (aggregate ${aggregateSeconds.toFixed(2)} s, release ${releaseSeconds.toFixed(3)} s) vs baseline ${baselineSeconds.toFixed(2)} s (aggregate ${naiveSeconds.toFixed(2)} s)`,
);
const suppressed = published.reduce((s, p) => s + p.report.primary + p.report.secondary, 0);
const floatSuppressed = floatPublished.reduce((s, p) => s + p.report.primary + p.report.secondary, 0);
notes.push(
  `Pipeline breakdown: aggregation ${aggregateSeconds.toFixed(2)} s (naive ${naiveSeconds.toFixed(2)} s, identical counts), ` +
    `noise + suppression ${releaseSeconds.toFixed(3)} s; ${aggregated.persons.toLocaleString("en")} persons, ` +
    `${aggregated.dropped.reduce((s, d) => s + d, 0)} person-cell contributions beyond C = ${BOUND} dropped; ` +
    `ε = 1/8 per table, ledger total ${ledger.releases.length} releases = ε 1; ${suppressed} of ` +
    `${published.reduce((s, p) => s + p.report.primary + p.report.secondary + p.report.published, 0)} entries withheld ` +
    `(float baseline: ${floatSuppressed}).`,
);

// 2. Noise alone.
const DRAWS = 200_000;
const drawRandom = cryptoRandom();
start = process.hrtime.bigint();
let checksum = 0n;
for (let i = 0; i < DRAWS; i++) checksum += sampleDiscreteLaplace(drawRandom, 1n, BigInt(scale));
const exactDrawSeconds = seconds(start);
start = process.hrtime.bigint();
let floatChecksum = 0;
for (let i = 0; i < DRAWS; i++) floatChecksum += floatLaplace(scale);
const floatDrawSeconds = seconds(start);
rows.push({
  name: `${DRAWS.toLocaleString("en")} noise draws, scale ${scale}`,
  measured: "exact discrete Laplace (CKS 2020, CSPRNG, BigInt)",
  measuredSeconds: exactDrawSeconds,
  baseline: "Math.random() inverse-CDF Laplace, rounded",
  baselineSeconds: floatDrawSeconds,
  target: "informational (cost of exactness)",
  met: true,
});
say(
  `noise: ${exactDrawSeconds.toFixed(3)} s vs float ${floatDrawSeconds.toFixed(3)} s (checksums ${checksum} ${floatChecksum})`,
);

// 3. Synthesis: ~100k persons (the first 116k records) → protected marginals over 5
// attributes → 100k synthetic records. Three protections: DP over all 1-, 2- and 3-way
// marginals, DP up to 2-way (fewer tables, so more budget each), small-count suppression.
const synthAttributes = [
  dimensions.year,
  dimensions.sex,
  dimensions.age,
  dimensions.country,
  dimensions.form,
];
const SOURCE_RECORDS = 116_000;
const SYNTHETIC = 100_000;
const SYNTH_EPSILON = "4";
const sensitive = microdata(indices(SOURCE_RECORDS), synthAttributes, {
  person,
  values: (i) => [
    records.year[i] ?? -1,
    records.sex[i] ?? -1,
    records.age[i] ?? -1,
    records.country[i] ?? -1,
    FORM_LISTS[records.forms[i] ?? 0]?.[0] ?? -1,
  ],
});

/** Baseline: each attribute drawn independently from the protected one-way marginal. */
function independentSample(shown: Marginals): Microdata {
  const m = synthAttributes.length;
  const out = new Int32Array(SYNTHETIC * m);
  const random = seededRandom("bench-stats-independent");
  const oneWay = synthAttributes.map((_, a) => shown.tables.get(1 << a)?.counts ?? new Uint32Array(0));
  const totals = oneWay.map((counts) => counts.reduce((s, c) => s + c, 0));
  for (let r = 0; r < SYNTHETIC; r++) {
    for (let a = 0; a < m; a++) {
      const counts = oneWay[a] ?? new Uint32Array(0);
      let target = uniformInt(random, totals[a] ?? 1);
      let v = 0;
      while (target >= (counts[v] ?? 0)) target -= counts[v++] ?? 0;
      out[r * m + a] = v;
    }
  }
  return { attributes: synthAttributes, rows: out, count: SYNTHETIC };
}

const configurations = [
  { label: "DP, k ≤ 3", k: 3, dp: true },
  { label: "DP, k ≤ 2", k: 2, dp: true },
  { label: `threshold ${THRESHOLD}, k ≤ 3`, k: 3, dp: false },
] as const;
const utilityTable = [
  "| source | length | sensitive | published | suppressed | synthetic | invented | fabricated | preserved | mean abs. error | mean rel. error |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
];
const utilityRows = (label: string, report: UtilityReport): string[] =>
  report.byLength.map(
    (l) =>
      `| ${label} | ${l.length} | ${l.sensitive} | ${l.published} | ${l.suppressed} | ${l.synthetic} | ${l.invented} | ${l.fabricated} | ${l.preserved} | ${l.meanAbsoluteError.toFixed(1)} | ${l.meanRelativeError.toFixed(3)} |`,
  );
for (const config of configurations) {
  start = process.hrtime.bigint();
  const exactMarginals = computeMarginals(sensitive, config.k);
  let shown: Marginals;
  let protection: string;
  if (config.dp) {
    const protectedByDp = protectByDp(exactMarginals, {
      epsilon: SYNTH_EPSILON,
      delta: "1e-6",
      random: seededRandom(`bench-stats-dp-${config.k}`),
      id: `bench-synthesis-${config.k}`,
      at,
    });
    shown = protectedByDp.marginals;
    protection = `thresholded geometric, ε = ${SYNTH_EPSILON}, δ = 10⁻⁶ over ${protectedByDp.releases.length} tables (τ = ${protectedByDp.releases[0]?.threshold ?? 0})`;
  } else {
    shown = protectBySuppression(exactMarginals, THRESHOLD);
    protection = `combinations counted < ${THRESHOLD} removed`;
  }
  const protectSeconds = seconds(start);
  start = process.hrtime.bigint();
  const synthetic = synthesize(shown, {
    random: seededRandom(`bench-stats-synthesis-${config.label}`),
    count: SYNTHETIC,
  });
  const total = protectSeconds + seconds(start);
  start = process.hrtime.bigint();
  const independent = independentSample(shown);
  const independentSeconds = protectSeconds + seconds(start);
  rows.push({
    name: `${sensitive.count.toLocaleString("en")} persons → marginals (${config.label}, ${exactMarginals.tables.size} tables) → ${synthetic.data.count.toLocaleString("en")} of ${SYNTHETIC.toLocaleString("en")} synthetic records made`,
    measured: `${protection} + aggregate-seeded synthesis`,
    measuredSeconds: total,
    baseline: "same marginals + independent one-way sampling",
    baselineSeconds: independentSeconds,
    target: "< 30 s",
    met: total < 30,
  });
  const utility = utilityReport(exactMarginals, shown, synthetic.data);
  const independentUtility = utilityReport(exactMarginals, shown, independent);
  const risk = riskReport(sensitive, config.k, THRESHOLD, synthetic.data);
  say(
    `synthesis (${config.label}): ${total.toFixed(2)} s, ${synthetic.abandoned} abandoned, invented ${utility.invented} (baseline ${independentUtility.invented})`,
  );
  notes.push(
    `Synthesis, ${config.label}: protection ${protectSeconds.toFixed(2)} s, synthesis ${(total - protectSeconds).toFixed(2)} s, ` +
      `${synthetic.abandoned} records abandoned at dead ends; invented combinations ${utility.invented}, ` +
      `independent baseline ${independentUtility.invented}; ${risk.syntheticMatchingUnique ?? 0} synthetic records ` +
      `equal a sensitive record that is unique on all 5 attributes.`,
  );
  utilityTable.push(
    ...utilityRows(config.label, utility),
    ...utilityRows(`${config.label}, independent baseline`, independentUtility),
  );
}
const risk = riskReport(sensitive, 3, THRESHOLD);
notes.push(
  `Risk of the sensitive data (internal): ${risk.uniqueRecords.toLocaleString("en")} of ${sensitive.count.toLocaleString("en")} ` +
    `persons are unique on all 5 attributes; ${risk.recordsWithRare.toLocaleString("en")} hold a combination of up to 3 values ` +
    `seen fewer than ${THRESHOLD} times. With DP every extra marginal table shares the budget: at k ≤ 3 only the commonest ` +
    "combinations pass τ, so rare citizenships vanish from the synthetic data (never invented, but under-represented).",
);

// 4. Memory.
const rssEnd = maxRssMiB();
notes.push(
  `Peak RSS (maxRSS): ${rssAfterExact} MiB after generating 1M records and running the exact pipeline; ${rssEnd} MiB at the end (after the string-keyed baseline and synthesis).`,
);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  rows,
  peakRssMiB: { afterExactPipeline: rssAfterExact, end: rssEnd },
  notes,
};
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/stats.json", import.meta.url), JSON.stringify(result, null, 2) + "\n");
const md = [
  `# Statistics benchmarks (${result.date}, Node ${result.node}, peak RSS ${rssEnd} MiB)`,
  "",
  "| measurement | measured | s | baseline | s | ratio | target | met |",
  "|---|---|---:|---|---:|---:|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.measured} | ${r.measuredSeconds.toFixed(2)} | ${r.baseline} | ${r.baselineSeconds.toFixed(2)} | ${(r.baselineSeconds / r.measuredSeconds).toFixed(2)} | ${r.target} | ${r.met ? "yes" : "NO"} |`,
  ),
  "",
  "Ratio = baseline time / measured time (above 1: faster than the baseline).",
  "",
  ...notes.map((n) => `- ${n}`),
  "",
  "Synthesis utility against the sensitive marginals (internal):",
  "",
  ...utilityTable,
  "",
].join("\n");
writeFileSync(new URL("./results/stats.md", import.meta.url), md);
say(md);
