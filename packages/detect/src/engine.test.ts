import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdAnalyser } from "./analyse.ts";
import { DetectionEngine, scanAds } from "./engine.ts";
import { PreparedBatchBuilder } from "./prepared-batch.ts";
import { buildTemplates } from "./templates/template.ts";
import type { AdInput, ScanResult } from "./types.ts";

const NAMES = ["Anna", "Maria", "Lola", "Nina", "Eva", "Sara", "Ioana", "Elena"];
const CITIES = ["Paris", "Lyon", "Marseille", "Lille"];

/** A family of ads from one template, with per-ad name, age and city. */
function family(
  prefix: string,
  template: (n: string, a: number, c: string) => string,
  size: number,
  phone: string,
): AdInput[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `${prefix}${String(i).padStart(2, "0")}`,
    text: template(NAMES[i % NAMES.length] ?? "", 20 + i, CITIES[i % CITIES.length] ?? ""),
    date: `2024-05-${String(1 + i).padStart(2, "0")}`,
  })).map((ad, i) => (i === 0 ? { ...ad, text: `${ad.text} call ${phone}` } : ad));
}

const escort = (n: string, a: number, c: string) =>
  `Hi I'm ${n}, ${a} yo, new in ${c}. Sweet and discreet girl with real photos, I love long dinners and slow evenings, outcall only, available all night for generous gentlemen`;
const jobs = (n: string, a: number, c: string) =>
  `Urgent departure for farm work in ${c}, no experience needed and high salary, travel paid and free housing provided, ask for ${n} the coordinator, team of ${a} people`;
const massage = (n: string, a: number, c: string) =>
  `Relaxing massage studio near ${c} station with ${n}, certified therapist with ${a} years of practice, towels and oils included, parking behind the building, appointments by phone`;

const corpus: AdInput[] = [
  ...family("e", escort, 8, "06 12 34 56 78"),
  ...family("j", jobs, 6, "zero six 12 34 56 78"),
  ...family("m", massage, 5, "07 98 76 54 32"),
  { id: "x1", text: "Selling my old bicycle, red frame, new tyres, 120 euros, pick up in Lyon" },
  { id: "x2", text: "Lost cat near the park, grey with white paws, reward offered" },
];

function shape(r: ScanResult) {
  return {
    clusters: r.clusters.map((c) => [c.id, c.members, c.template?.text ?? null, c.network]),
    networks: r.networks.map((n) => [
      n.id,
      n.score,
      n.clusters,
      n.links.map((l) => [l.type, l.value, l.ads]),
    ]),
    assignments: [...r.assignments].sort((a, b) => (a.ad < b.ad ? -1 : 1)),
  };
}

describe("the detection engine", () => {
  const result = scanAds(corpus, { region: "FR" });

  it("clusters each template family and nothing else", () => {
    const multi = result.clusters.filter((c) => c.size > 1).map((c) => c.members);
    expect(multi).toEqual([
      ["e00", "e01", "e02", "e03", "e04", "e05", "e06", "e07"],
      ["j00", "j01", "j02", "j03", "j04", "j05"],
      ["m00", "m01", "m02", "m03", "m04"],
    ]);
  });

  it("reads each family's template with typed slots and every ad's values", () => {
    const e = result.clusters.find((c) => c.id === "e00");
    expect(e?.template?.text).toMatch(/^hi i m \{name\} \{age\} yo new in \{city\} sweet and discreet girl/);
    const slots = result.assignments.find((a) => a.ad === "e03")?.slots;
    expect(slots?.slice(0, 3)).toEqual(["nina", "23", "lille"]);
  });

  it("links clusters that share a phone into one network, with the evidence", () => {
    const net = result.networks.find((n) => n.clusters.includes("e00"));
    expect(net?.clusters).toEqual(["e00", "j00"]);
    expect(net?.links).toEqual([
      { type: "phone", value: "+33612345678", clusters: ["e00", "j00"], ads: ["e00", "j00"] },
    ]);
    expect(result.networks.find((n) => n.clusters.includes("m00"))?.clusters).toEqual(["m00"]);
  });

  it("ranks networks with a score that is the sum of its explained components", () => {
    const [top] = result.networks;
    expect(top?.rank).toBe(1);
    const sum = (top?.components ?? []).reduce((s, c) => s + c.contribution, 0);
    expect(top?.score).toBeCloseTo(sum, 1);
    expect(top?.components.map((c) => c.name)).toEqual([
      "indicators",
      "identifier-reuse",
      "obfuscation",
      "places",
      "posting-rate",
      "size",
    ]);
    expect(top?.places.length).toBe(4);
    expect(top?.timeline[0]).toEqual({ day: "2024-05-01", ads: 2 });
  });

  it("gives the same clusters and networks whatever the order and batching of the input", () => {
    const reference = shape(result);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: corpus.length, maxLength: corpus.length }),
        fc.integer({ min: 1, max: 6 }),
        (keys, batches) => {
          const shuffled = corpus
            .map((ad, i) => ({ ad, key: keys[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.ad);
          const engine = new DetectionEngine({ region: "FR" });
          const size = Math.ceil(shuffled.length / batches);
          for (let i = 0; i < shuffled.length; i += size) {
            engine.add(shuffled.slice(i, i + size));
            engine.result();
          }
          expect(shape(engine.result())).toEqual(reference);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("joins a later batch to existing clusters and networks", () => {
    const engine = new DetectionEngine({ region: "FR" });
    engine.add(corpus.filter((ad) => ad.id !== "e07" && ad.id !== "j00"));
    const before = engine.result();
    expect(before.clusters.find((c) => c.id === "e00")?.size).toBe(7);
    engine.add(corpus.filter((ad) => ad.id === "e07" || ad.id === "j00"));
    expect(shape(engine.result())).toEqual(shape(result));
  });

  it("keeps boilerplate shared by unrelated ads from merging them, once it is common", () => {
    const boiler =
      "This ad is published by an independent adult, the site is not responsible for its content and reports abuse";
    const syllables = ["ka", "lo", "mi", "ru", "te", "no", "vi", "sa", "do", "pe", "zu", "ga"];
    const word = (n: number) =>
      (syllables[n % 12] ?? "") +
      (syllables[Math.floor(n / 12) % 12] ?? "") +
      (syllables[Math.floor(n / 144) % 12] ?? "") +
      (syllables[Math.floor(n / 1728) % 12] ?? "");
    const unrelated: AdInput[] = Array.from({ length: 300 }, (_, i) => ({
      id: `u${i}`,
      text: `${Array.from({ length: 8 }, (_, k) => word(i * 8 + k)).join(" ")}. ${boiler}`,
    }));
    const filtered = scanAds(unrelated, { minStopAds: 50, stopShare: 0.1 });
    expect(filtered.parameters.stopShingles).toBeGreaterThan(10);
    expect(filtered.summary.largestCluster).toBe(1);
    // Without the filter the shared text alone would join them.
    const unfiltered = scanAds(unrelated, { minStopAds: 10_000 });
    expect(unfiltered.summary.largestCluster).toBeGreaterThan(100);
  });

  it("joins pairs above the similarity threshold and keeps pairs well below it apart", () => {
    const word = (n: number) => `w${n.toString(36)}x`;
    const ads: AdInput[] = [];
    const expectations: [string, string, boolean][] = [];
    for (let p = 0; p < 20; p++) {
      const base = Array.from({ length: 30 }, (_, k) => word(p * 1000 + k));
      const keep = p % 2 === 0 ? 27 : 6; // about J 0.8 or J 0.1 on word pairs
      const other = base.map((w, k) => (k < keep ? w : word(p * 1000 + 500 + k)));
      ads.push({ id: `p${p}a`, text: base.join(" ") }, { id: `p${p}b`, text: other.join(" ") });
      expectations.push([`p${p}a`, `p${p}b`, keep === 27]);
    }
    const r = scanAds(ads);
    const cluster = new Map(r.assignments.map((a) => [a.ad, a.cluster]));
    for (const [a, b, together] of expectations)
      expect(cluster.get(a) === cluster.get(b), `${a} ${b}`).toBe(together);
  });

  it("never throws on bad input and reports what it skipped and why", () => {
    const bad = [
      { id: "ok", text: "fine ad here" },
      { id: "", text: "no id" },
      { id: "empty", text: "   " },
      { id: "junk", text: "\u0000\u0001\u0002\u0003\u0004\u0005" },
      { id: "surrogates", text: "lone \ud800 and \udc00 surrogates in a normal ad" },
      { id: "huge", text: "word ".repeat(10_000) },
      { id: "ok", text: "duplicate id" },
      { id: "nulltext", text: null as unknown as string },
    ];
    const r = scanAds(bad);
    expect(r.summary.skipped).toEqual({ empty: 1, binary: 1, missing_id: 1, duplicate_id: 1, not_text: 1 });
    expect(r.summary.truncated).toBe(1);
    expect(r.ads.find((a) => a.id === "huge")?.text.length).toBe(20_000);
    expect(r.assignments.map((a) => a.ad)).toEqual(["ok", "surrogates", "huge"]);
  });
});

describe("the engine's paths for work done in other threads", () => {
  // Boilerplate in two ads of three: stop shingles with the thresholds below (more than 10
  // ads), while the families' own shingles (8 ads at most) are not, though the larger families'
  // are in the set handed out for signing (more than 5 ads): both ways a signature is completed
  // when the stop set is final are used, and the stop set changes as ads arrive.
  const boiler = "please no private numbers and no sms thank you";
  const withBoiler: AdInput[] = corpus.map((ad, i) =>
    i % 3 !== 0 ? { ...ad, text: `${ad.text}. ${boiler}` } : ad,
  );
  const options = { region: "FR", minStopAds: 10, stopShare: 0.1 };

  it("stores a packed batch as it stores the same ads one by one, duplicate ids left out", () => {
    // Two ads come again with an id already taken: one in the middle, one at the end.
    const first = withBoiler[2] ?? { id: "", text: "" };
    const last = withBoiler[7] ?? { id: "", text: "" };
    const ads = [...withBoiler.slice(0, 6), { ...first, text: "another text" }, ...withBoiler.slice(6), last];
    const analyser = new AdAnalyser(options);
    const one = new DetectionEngine(options);
    one.addPrepared(
      ads.flatMap((ad) => {
        const p = analyser.prepare(ad);
        return p.ok ? [p.value] : [];
      }),
    );
    const packed = new DetectionEngine(options);
    const builder = new PreparedBatchBuilder(analyser.perms.k);
    for (const ad of ads) analyser.prepareInto(builder, ad);
    const batch = structuredClone(builder.build());
    const dropped: number[] = [];
    expect(packed.addBatch(batch, 0, 5, dropped) + packed.addBatch(batch, 5, batch.count, dropped)).toBe(
      withBoiler.length,
    );
    expect(dropped).toEqual([6, ads.length - 1]);
    expect(packed.result()).toEqual(one.result());
    expect(packed.result().summary.skipped.duplicate_id).toBe(2);
  });

  it("builds templates in packs given out for other threads, with the same result", () => {
    const reference = scanAds(withBoiler, options);
    const engine = new DetectionEngine(options);
    engine.add(withBoiler);
    let packs = 0;
    const work = engine.templateWork(5);
    const data = structuredClone(engine.templateData());
    for (const pack of work) {
      engine.storeTemplates(pack, structuredClone(buildTemplates(data, structuredClone(pack))));
      packs++;
    }
    expect(packs).toBeGreaterThan(1);
    const result = engine.result({ assignments: false });
    expect(result.assignments).toEqual([]);
    const { ads: _ads, ...expected } = reference;
    expect({ ...result, assignments: reference.assignments }).toEqual(expected);
    reference.assignments.forEach((a, i) => {
      const b = engine.assignment(i);
      expect({ ...b, slots: JSON.parse(b.slots) as string[] }).toEqual(a);
    });
  });

  it("frees what only more ads need, and still gives the same result", () => {
    const engine = new DetectionEngine(options);
    engine.add(withBoiler);
    const before = engine.result();
    engine.finish();
    expect(engine.result()).toEqual(before);
    expect(() => engine.add(withBoiler.slice(0, 1))).toThrow(/finished/);
    const fresh = new DetectionEngine(options);
    fresh.add(withBoiler);
    fresh.finish();
    expect(fresh.result()).toEqual(before);
  });

  it("gives the same result whatever stop sets the ads were signed without", () => {
    const reference = scanAds(withBoiler, options);
    expect(reference.parameters.stopShingles).toBeGreaterThan(0);
    expect(reference.summary.clusters).toBe(3);
    const analyser = new AdAnalyser(options);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: withBoiler.length, maxLength: withBoiler.length }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (keys, batches, clusterBetween) => {
          const shuffled = withBoiler
            .map((ad, i) => ({ ad, key: keys[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.ad);
          const engine = new DetectionEngine(options);
          const size = Math.ceil(shuffled.length / batches);
          for (let i = 0; i < shuffled.length; i += size) {
            // Signed as a worker thread would: without the set the engine hands out now.
            const stop = engine.refreshStopSet();
            const set = new Set(stop.hashes);
            engine.addPrepared(
              shuffled.slice(i, i + size).flatMap((ad) => {
                const p = analyser.prepare(ad, set, stop.id);
                return p.ok ? [p.value] : [];
              }),
            );
            if (clusterBetween) engine.result();
          }
          const result = engine.result();
          expect(shape(result)).toEqual(shape(reference));
          expect(result.parameters.stopShingles).toBe(reference.parameters.stopShingles);
        },
      ),
      { numRuns: 30 },
    );
  });
});
