// Child process: writes a corpus of `size` ads as JSON lines and its truth as binary Int32 files.
//   node --import tsx bench/detect/generate.ts <size> <seed> <dir>
import { once } from "node:events";
import { createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCorpus } from "./corpus.ts";

const [size = "10000", seed = "42", dir = "."] = process.argv.slice(2);
const out = createWriteStream(join(dir, "ads.jsonl"), { highWaterMark: 1 << 20 });
let pending: string[] = [];
let bytes = 0;
const flush = () => {
  const ok = out.write(pending.join(""));
  pending = [];
  bytes = 0;
  return ok;
};
const truth = generateCorpus(Number(size), Number(seed), (ad) => {
  const line = `${JSON.stringify(ad)}\n`;
  pending.push(line);
  bytes += line.length;
  // Generation is synchronous: flush in 4 MB pieces (the stream buffers; the process is short-lived).
  if (bytes > 4 << 20) flush();
});
flush();
out.end();
await once(out, "finish");
writeFileSync(join(dir, "family.bin"), Buffer.from(truth.family.buffer));
writeFileSync(join(dir, "network.bin"), Buffer.from(truth.network.buffer));
