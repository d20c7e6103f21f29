import { describe, expect, it } from "vitest";
import { AdAnalyser } from "../analyse.ts";
import { PHONE_CASES, phoneTableQuality } from "./testdata/phone-cases.ts";

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
    const { precision, recall, misses } = phoneTableQuality();
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
