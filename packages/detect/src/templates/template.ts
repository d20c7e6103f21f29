import { TOKEN_KINDS } from "../analyse.ts";
import type { Template } from "../types.ts";
import { align, MAX_ALIGN_TOKENS } from "./align.ts";

/** What template building reads of the engine's stored ads. */
export interface TemplateSource {
  ids: readonly string[];
  tokens(ad: number): Uint32Array;
  kinds(ad: number): ArrayLike<number>;
  word(token: number): string;
  similarity(a: number, b: number): number;
}

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
 * A cluster's shared template and every member's slot values. Members are given in canonical
 * order (sorted ids); the sample is spread evenly over them and the medoid is the sampled ad most
 * similar to the others (ties to the smaller id), so the template does not depend on input order.
 */
export function buildTemplate(
  members: readonly number[],
  src: TemplateSource,
): { template: Template; slots: string[][] } {
  const sample: number[] = [];
  const step = Math.max(1, members.length / TEMPLATE_SAMPLE);
  for (let x = 0; x < members.length && sample.length < TEMPLATE_SAMPLE; x += step) {
    const m = members[Math.floor(x)];
    if (m !== undefined && sample[sample.length - 1] !== m) sample.push(m);
  }
  let medoid = sample[0] ?? 0;
  let best = -1;
  for (const a of sample) {
    let sum = 0;
    for (const b of sample) if (a !== b) sum += src.similarity(a, b);
    if (sum > best) {
      best = sum;
      medoid = a;
    }
  }
  const M = src.tokens(medoid).subarray(0, MAX_ALIGN_TOKENS);
  const L = M.length;
  const matched = new Int32Array(L);
  const inserted = new Int32Array(L + 1);
  const match = new Int32Array(MAX_ALIGN_TOKENS);
  const others = sample.filter((s) => s !== medoid);
  for (const other of others) {
    const t = src.tokens(other).subarray(0, MAX_ALIGN_TOKENS);
    align(M, t, match);
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
  const valuesOf = (ad: number): string[] => {
    const t = src.tokens(ad).subarray(0, MAX_ALIGN_TOKENS);
    const kinds = src.kinds(ad);
    const positions = new Int32Array(fixed.length);
    if (ad === medoid) fixed.forEach((p, i) => (positions[i] = p));
    else {
      align(M, t, match);
      fixed.forEach((p, i) => (positions[i] = match[p] ?? -1));
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
  for (const m of members) slots.push(valuesOf(m));
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
  return {
    template: { parts, text, medoid: src.ids[medoid] ?? "", sampled: sample.length },
    slots,
  };
}
