import { describe, expect, it } from "vitest";
import { AdAnalyser } from "../analyse.ts";
import { PHONE_CASES } from "./testdata/phone-cases.ts";

function phonesOf(analyser: AdAnalyser, text: string): string[] {
  const r = analyser.analyse({ id: "t", text });
  if (!r.ok) return [];
  return r.value.extractions.flatMap((x) => (x.kind === "phone" ? [x.value] : []));
}

describe("phone extraction", () => {
  it("has at least 150 disguised forms in its test table", () => {
    expect(PHONE_CASES.filter((c) => c.expected.length > 0).length).toBeGreaterThanOrEqual(150);
  });

  it("reaches precision and recall of at least 0.98 on the table", () => {
    const analysers = new Map<string, AdAnalyser>();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const c of PHONE_CASES) {
      let analyser = analysers.get(c.region);
      if (!analyser) {
        analyser = new AdAnalyser({ region: c.region });
        analysers.set(c.region, analyser);
      }
      const found = phonesOf(analyser, c.text);
      for (const f of found) {
        if (c.expected.includes(f)) tp++;
        else {
          fp++;
          misses.push(`extra ${f} in ${c.text}`);
        }
      }
      for (const e of c.expected) {
        if (!found.includes(e)) {
          fn++;
          misses.push(`missed ${e} in ${c.text}`);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect({ precision, recall, misses }).toMatchObject({ precision: expect.any(Number) as number });
    expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(0.98);
    expect(recall, misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  });

  it("maps a spelled-out number back to the words that wrote it, in E.164", () => {
    const analyser = new AdAnalyser({ region: "FR" });
    const text = "Appelle-moi: zéro six 12 34 56 78 ce soir";
    const r = analyser.analyse({ id: "t", text });
    if (!r.ok) throw new Error("skipped");
    const phone = r.value.extractions.find((x) => x.kind === "phone");
    expect(phone).toMatchObject({
      value: "+33612345678",
      text: "zéro six 12 34 56 78",
      obfuscation: ["spelled-digits"],
    });
    expect(text.slice(phone?.start, phone?.end)).toBe("zéro six 12 34 56 78");
  });

  it("reads national numbers in the country the ad names when no region is given", () => {
    const analyser = new AdAnalyser();
    expect(phonesOf(analyser, "Nouă în București, sună 0721 234 567")).toEqual(["+40721234567"]);
    expect(phonesOf(analyser, "nueva en Madrid 612 34 56 78")).toEqual(["+34612345678"]);
  });
});
