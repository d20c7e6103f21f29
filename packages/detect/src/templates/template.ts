import { TOKEN_KINDS } from "../analyse.ts";
import type { Template } from "../types.ts";
import type { RunData } from "../storage/growable.ts";
import { align, MAX_ALIGN_TOKENS } from "./align.ts";

/** Members aligned to find the fixed words (more cost more, and change little). */
export const TEMPLATE_SAMPLE = 24;
/** A medoid word is fixed when at least this share of the other sampled members has it. */
export const FIXED_SHARE = 0.5;

const NAME_CUES = new Set("m am im name is called suis appelle soy llamo sunt numesc ma".split(" "));
const KIND_NAMES: Record<string, string> = {
  text: "text",
  number: "number",
  phone: "phone",
  email: "email",
  url: "url",
  handle: "handle",
  price: "price",
  age: "age",
  place: "city",
};

interface Region {
  slot: boolean;
  /** Kinds of the medoid's varying words, one slot per run of one kind ("anna 22" → name, age). */
  kinds: number[];
}

/**
 * The members a cluster's template is read from: up to TEMPLATE_SAMPLE spread evenly over the
 * members (given in canonical order, sorted ids), and the medoid, the sampled member most
 * similar to the others (ties to the earlier one). Positions are indices in `members`;
 * `signature(ad)` is an ad's MinHash signature.
 *
 * A member's summed similarity to the others is Σ_y equal(x, y) / k; every term is a multiple of
 * 1/k (k a power of two in practice, and the sums small), so comparing the integer totals of
 * equal positions picks the same medoid. The totals are counted position by position: for each
 * signature position, how many sampled members share each value.
 */
export function chooseSample(
  members: readonly number[],
  signature: (ad: number) => Uint32Array,
): { sample: number[]; medoid: number } {
  const sample: number[] = [];
  const step = Math.max(1, members.length / TEMPLATE_SAMPLE);
  for (let x = 0; x < members.length && sample.length < TEMPLATE_SAMPLE; x += step) {
    const at = Math.floor(x);
    if (sample[sample.length - 1] !== at) sample.push(at);
  }
  const s = sample.length;
  const rows = sample.map((x) => signature(members[x] ?? 0));
  const k = rows[0]?.length ?? 0;
  if ((k & (k - 1)) !== 0) return { sample, medoid: sample[pairwiseMedoid(rows, k)] ?? 0 };
  const totals = new Int32Array(s);
  const slotOf = new Int32Array(s);
  for (let t = 0; t < k; t++) {
    // Equal values at position t, counted in a small open-addressing table.
    for (let x = 0; x < s; x++) {
      const v = (rows[x] as Uint32Array)[t] as number;
      let slot = Math.imul(v, 0x9e3779b1) >>> 26;
      while (tableStamp[slot] === stamp && tableKey[slot] !== v) slot = (slot + 1) & 63;
      if (tableStamp[slot] !== stamp) {
        tableStamp[slot] = stamp;
        tableKey[slot] = v;
        tableCount[slot] = 0;
      }
      tableCount[slot] = (tableCount[slot] as number) + 1;
      slotOf[x] = slot;
    }
    for (let x = 0; x < s; x++)
      totals[x] = (totals[x] as number) + (tableCount[slotOf[x] as number] as number) - 1;
    stamp = (stamp + 1) | 0 || 1;
  }
  let medoid = sample[0] ?? 0;
  let best = -1;
  for (let x = 0; x < s; x++) {
    if ((totals[x] ?? 0) > best) {
      best = totals[x] ?? 0;
      medoid = sample[x] ?? 0;
    }
  }
  return { sample, medoid };
}

/**
 * The medoid by summed similarities, pair by pair, in floating point (for a signature length that
 * is not a power of two, where 1/k is not exact and sums could round apart).
 */
function pairwiseMedoid(rows: readonly Uint32Array[], k: number): number {
  const s = rows.length;
  const pair = new Float64Array(s * s);
  for (let x = 0; x < s; x++) {
    for (let y = x + 1; y < s; y++) {
      let equal = 0;
      for (let t = 0; t < k; t++) if (rows[x]?.[t] === rows[y]?.[t]) equal++;
      pair[x * s + y] = pair[y * s + x] = equal / k;
    }
  }
  let medoid = 0;
  let best = -1;
  for (let x = 0; x < s; x++) {
    let sum = 0;
    for (let y = 0; y < s; y++) if (x !== y) sum += pair[x * s + y] ?? 0;
    if (sum > best) {
      best = sum;
      medoid = x;
    }
  }
  return medoid;
}

/** The counting table of `chooseSample` (64 slots for at most 24 values; a stamp marks use). */
const tableKey = new Uint32Array(64);
const tableCount = new Int32Array(64);
const tableStamp = new Int32Array(64);
let stamp = 1;

/**
 * What template building reads of an engine's ads, as plain data: signatures in chunks of
 * `rowsPerChunk` rows of `k` values, template tokens (word numbers) and their kinds as runs of
 * chunks (see `RunData`), and the words. When the engine keeps its arrays on SharedArrayBuffer
 * (`sharedMemory`), posting this to a worker thread shares the arrays instead of copying them.
 */
export interface TemplateData {
  k: number;
  rowsPerChunk: number;
  signatures: Uint32Array[];
  tokens: RunData<Uint32Array>;
  kinds: RunData<Uint8Array>;
  words: string[];
}

/** Clusters to build templates for: each cluster's members (ads, in canonical order). */
export interface TemplatePack {
  clusters: number;
  /** Per cluster, the end of its members (a running count over the pack). */
  memberEnds: Uint32Array;
  members: Int32Array;
}

/** A template as read from a pack: everything but the medoid's id, which the engine adds. */
export type BuiltTemplate = Omit<Template, "medoid">;

/** What `buildTemplates` gives for a pack. */
export interface BuiltTemplates {
  templates: BuiltTemplate[];
  /** Per cluster, the medoid's position among its members. */
  medoids: Uint32Array;
  /** Each member's slot values as a JSON array, one after the other; per member, its end. */
  slots: string;
  slotEnds: Uint32Array;
}

/** The ArrayBuffers of a pack, to transfer rather than copy when posting it to another thread. */
export function packBuffers(pack: TemplatePack): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const a of [pack.memberEnds, pack.members]) {
    if (a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength)
      out.push(a.buffer);
  }
  return out;
}

/** Ad `a`'s run in `data` (its first `cap` values at most), a view without a copy. */
function runOf<T extends Uint32Array | Uint8Array>(data: RunData<T>, a: number, cap: number): T {
  const chunk = data.chunks[data.chunk[a] ?? 0];
  const start = data.start[a] ?? 0;
  const length = Math.min(cap, data.length[a] ?? 0);
  return (chunk ? chunk.subarray(start, start + length) : new Uint32Array(0)) as T;
}

/**
 * Templates and every member's slot values for the clusters of a pack, read from `data`. Pure:
 * runs in any thread that has the data.
 */
export function buildTemplates(data: TemplateData, pack: TemplatePack): BuiltTemplates {
  const templates: BuiltTemplate[] = [];
  const medoids = new Uint32Array(pack.clusters);
  const slots: string[] = [];
  const slotEnds = new Uint32Array(pack.members.length);
  const signature = (a: number): Uint32Array => {
    const chunk = data.signatures[Math.floor(a / data.rowsPerChunk)] ?? new Uint32Array(0);
    const offset = (a % data.rowsPerChunk) * data.k;
    return chunk.subarray(offset, offset + data.k);
  };
  let length = 0;
  for (let c = 0; c < pack.clusters; c++) {
    const first = c === 0 ? 0 : (pack.memberEnds[c - 1] ?? 0);
    const members = Array.from(pack.members.subarray(first, pack.memberEnds[c] ?? first));
    const { sample, medoid } = chooseSample(members, signature);
    medoids[c] = medoid;
    const built = alignCluster(members.length, medoid, sample, {
      tokens: (i) => runOf(data.tokens, members[i] ?? 0, MAX_ALIGN_TOKENS),
      kinds: (i) => runOf(data.kinds, members[i] ?? 0, MAX_ALIGN_TOKENS),
      word: (t) => data.words[t] ?? "",
    });
    templates.push(built.template);
    built.slots.forEach((values, i) => {
      const json = JSON.stringify(values);
      slots.push(json);
      length += json.length;
      slotEnds[first + i] = length;
    });
  }
  return { templates, medoids, slots: slots.join(""), slotEnds };
}

/** What aligning reads of a cluster's members (by position, 0 … count − 1). */
interface MemberSource {
  tokens(member: number): Uint32Array;
  kinds(member: number): ArrayLike<number>;
  word(token: number): string;
}

/**
 * A cluster's shared template and every member's slot values: the sampled members are aligned
 * (LCS) to the medoid; medoid words a strict majority of them share are fixed, the rest are
 * slots, typed by the extractions in them.
 */
function alignCluster(
  count: number,
  medoid: number,
  sample: readonly number[],
  src: MemberSource,
): { template: BuiltTemplate; slots: string[][] } {
  const M = src.tokens(medoid).subarray(0, MAX_ALIGN_TOKENS);
  const L = M.length;
  const matched = new Int32Array(L);
  const inserted = new Int32Array(L + 1);
  const match = new Int32Array(MAX_ALIGN_TOKENS);
  const others = sample.filter((s) => s !== medoid);
  // The sampled members' alignments, kept for their slot values below (aligning is the cost).
  const alignedAt = new Map<number, number>();
  const alignments = new Int32Array(others.length * L);
  for (const other of others) {
    const t = src.tokens(other).subarray(0, MAX_ALIGN_TOKENS);
    align(M, t, match);
    alignedAt.set(other, alignedAt.size * L);
    alignments.set(match.subarray(0, L), (alignedAt.size - 1) * L);
    let previous = -1;
    const gaps = new Set<number>();
    for (let p = 0; p < L; p++) {
      const at = match[p] ?? -1;
      if (at < 0) continue;
      matched[p] = (matched[p] ?? 0) + 1;
      if (at > previous + 1) gaps.add(p);
      previous = at;
    }
    if (previous + 1 < t.length) gaps.add(L);
    for (const g of gaps) inserted[g] = (inserted[g] ?? 0) + 1;
  }
  // A strict majority of the other sampled members.
  const need = Math.floor(others.length * FIXED_SHARE) + 1;
  const medoidKinds = src.kinds(medoid);
  const fixed: number[] = [];
  for (let p = 0; p < L; p++) if (others.length === 0 || (matched[p] ?? 0) >= need) fixed.push(p);
  const regions: Region[] = [];
  for (let r = 0; r <= fixed.length; r++) {
    const from = r === 0 ? -1 : (fixed[r - 1] ?? -1);
    const to = r === fixed.length ? L : (fixed[r] ?? L);
    const kinds: number[] = [];
    for (let p = from + 1; p < to; p++) {
      const k = medoidKinds[p] ?? 0;
      if (kinds[kinds.length - 1] !== k) kinds.push(k);
    }
    let slot = kinds.length > 0;
    for (let g = from + 1; g <= to && !slot; g++)
      if (others.length > 0 && (inserted[g] ?? 0) >= need) slot = true;
    if (slot && kinds.length === 0) kinds.push(-1);
    regions.push({ slot, kinds });
  }
  const slots: string[][] = [];
  const slotKinds: number[][] = [];
  const positions = new Int32Array(fixed.length);
  const valuesOf = (member: number): string[] => {
    const t = src.tokens(member).subarray(0, MAX_ALIGN_TOKENS);
    const kinds = src.kinds(member);
    if (member === medoid) fixed.forEach((p, i) => (positions[i] = p));
    else {
      const at = alignedAt.get(member);
      if (at === undefined) {
        align(M, t, match);
        fixed.forEach((p, i) => (positions[i] = match[p] ?? -1));
      } else fixed.forEach((p, i) => (positions[i] = alignments[at + p] ?? -1));
    }
    const values: string[] = [];
    let slot = 0;
    regions.forEach((region, r) => {
      if (!region.slot) return;
      let left = -1;
      for (let f = r - 1; f >= 0; f--) {
        const at = positions[f] ?? -1;
        if (at >= 0) {
          left = at;
          break;
        }
      }
      let right = t.length;
      for (let f = r; f < fixed.length; f++) {
        const at = positions[f] ?? -1;
        if (at >= 0) {
          right = at;
          break;
        }
      }
      // Split the region's words between its slots by kind, in order.
      const parts: string[][] = region.kinds.map(() => []);
      let current = 0;
      for (let x = left + 1; x < right; x++) {
        const k = kinds[x] ?? 0;
        while (
          current < region.kinds.length - 1 &&
          k !== region.kinds[current] &&
          k === region.kinds[current + 1]
        ) {
          current++;
        }
        parts[current]?.push(src.word(t[x] ?? 0));
        const counts = (slotKinds[slot + current] ??= new Array<number>(TOKEN_KINDS.length).fill(0));
        counts[k] = (counts[k] ?? 0) + 1;
      }
      for (const part of parts) values.push(part.join(" "));
      slot += parts.length;
    });
    return values;
  };
  for (let m = 0; m < count; m++) slots.push(valuesOf(m));
  const parts: Template["parts"] = [];
  const used = new Map<string, number>();
  let slotNumber = 0;
  regions.forEach((region, r) => {
    if (region.slot) {
      for (let i = 0; i < region.kinds.length; i++) {
        const counts = slotKinds[slotNumber] ?? [];
        let kind = region.kinds[i] ?? 0;
        if (kind < 0) {
          kind = 0;
          counts.forEach((c, k) => {
            if (c > (counts[kind] ?? 0)) kind = k;
          });
        }
        let name = KIND_NAMES[TOKEN_KINDS[kind] ?? "text"] ?? "text";
        const before = i === 0 && r > 0 ? src.word(M[fixed[r - 1] ?? 0] ?? 0) : "";
        if (name === "text" && NAME_CUES.has(before)) name = "name";
        const seen = (used.get(name) ?? 0) + 1;
        used.set(name, seen);
        parts.push({ kind: "slot", slot: slotNumber++, name: seen > 1 ? `${name}${seen}` : name });
      }
    }
    const p = fixed[r];
    if (p !== undefined) {
      const word = src.word(M[p] ?? 0);
      const last = parts[parts.length - 1];
      if (last?.kind === "text") last.text += ` ${word}`;
      else parts.push({ kind: "text", text: word });
    }
  });
  const text = parts.map((p) => (p.kind === "text" ? p.text : `{${p.name}}`)).join(" ");
  return { template: { parts, text, sampled: sample.length }, slots };
}
