// Child process: scans a generated corpus through the CLI pipeline (worker threads + merge) and
// prints one JSON line: timings, phase timings, quality against the truth, peak memory.
//   node --import tsx bench/detect/scan-size.ts <dir> <workers>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runScan } from "../../packages/cli/src/scan/pipeline.ts";
import { pairwiseQuality, topNetworkMatch } from "./metrics.ts";

const [dir = ".", workers = "2"] = process.argv.slice(2);
const family = new Int32Array(readFileSync(join(dir, "family.bin")).buffer.slice(0));
const network = new Int32Array(readFileSync(join(dir, "network.bin")).buffer.slice(0));
const started = performance.now();
const report = await runScan({
  file: join(dir, "ads.jsonl"),
  out: join(dir, "out"),
  workers: Number(workers),
  mapping: { id: "id", text: "text", date: "date", place: "place", explicit: new Set() },
  progress: false,
});
const seconds = (performance.now() - started) / 1000;
const { result } = report;
const clusterIndex = new Map<string, number>();
// Networks by rank; an ad in none is a network of its own (numbered after the ranked ones).
const networkRank = new Map(result.networks.map((n, i) => [n.id, i]));
const predicted = new Int32Array(result.summary.analysed);
const predictedNetwork = new Int32Array(result.summary.analysed);
for (let i = 0; i < predicted.length; i++) {
  const { cluster, network: net } = report.assignment(i);
  let c = clusterIndex.get(cluster);
  if (c === undefined) {
    c = clusterIndex.size;
    clusterIndex.set(cluster, c);
  }
  predicted[i] = c;
  predictedNetwork[i] = (net === null ? undefined : networkRank.get(net)) ?? networkRank.size + i;
}
const quality = pairwiseQuality(family.subarray(0, predicted.length), predicted);
const networkTruth = network.subarray(0, predicted.length);
const networkQuality = pairwiseQuality(networkTruth, predictedNetwork);
const topNetworks = topNetworkMatch(networkTruth, predictedNetwork, 100);
process.stdout.write(
  `${JSON.stringify({
    ads: result.summary.analysed,
    seconds,
    timings: report.timings,
    phases: report.phases,
    quality,
    networkQuality,
    topNetworks,
    largestCluster: result.summary.largestCluster,
    clusters: result.summary.clusters,
    networks: result.summary.networks,
    largestNetwork: result.summary.largestNetwork,
    stopShingles: result.parameters.stopShingles,
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
process.exit(0);
