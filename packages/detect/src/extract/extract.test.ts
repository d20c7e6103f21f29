import { describe, expect, it } from "vitest";
import { AdAnalyser } from "../analyse.ts";
import type { Extraction } from "../types.ts";

const analyser = new AdAnalyser({ region: "FR" });
function extract(text: string): Extraction[] {
  const r = analyser.analyse({ id: "t", text });
  if (!r.ok) throw new Error(r.reason);
  for (const x of r.value.extractions) expect(text.slice(x.start, x.end)).toBe(x.text);
  return r.value.extractions;
}
const of = <K extends Extraction["kind"]>(list: Extraction[], kind: K) =>
  list.filter((x): x is Extract<Extraction, { kind: K }> => x.kind === kind);

describe("extraction", () => {
  it("finds e-mail addresses, also written out in four languages", () => {
    const found = of(
      extract(
        "a@b.fr, anna at gmail dot com, lola (at) yahoo (dot) fr, mia arobase free point fr, eva arroba hotmail punto es",
      ),
      "email",
    );
    expect(found.map((e) => e.value)).toEqual([
      "a@b.fr",
      "anna@gmail.com",
      "lola@yahoo.fr",
      "mia@free.fr",
      "eva@hotmail.es",
    ]);
    expect(found[1]).toMatchObject({ text: "anna at gmail dot com", obfuscation: ["worded-address"] });
  });

  it("does not read 'at' and 'dot' in ordinary sentences as an address", () => {
    expect(of(extract("meet me at the hotel, dot the i"), "email")).toEqual([]);
  });

  it("finds URLs and messaging handles with their platform", () => {
    const found = extract(
      "see www.site.com/anna, t.me/lola_x, wa.me/33612345678, snap: mia_92, telegram anna88, @nina.k",
    );
    expect(of(found, "url").map((u) => u.value)).toEqual(["site.com/anna"]);
    expect(of(found, "handle").map((h) => h.value)).toEqual([
      "telegram:lola_x",
      "whatsapp:33612345678",
      "snapchat:mia_92",
      "telegram:anna88",
      "unknown:nina.k",
    ]);
    expect(of(found, "phone").map((p) => p.value)).toEqual(["+33612345678"]);
  });

  it("does not take 'snap me' or 'telegram only' for a handle", () => {
    expect(of(extract("snap me later, telegram only"), "handle")).toEqual([]);
  });

  it("never takes an emoji beside an app name for a handle, and reads the name after it", () => {
    // "telegram 💋" in thousands of unrelated ads must not link them all through "telegram:kiss".
    expect(of(extract("call me on telegram 💋 available now, telegram: ❤️ sweet"), "handle")).toEqual([]);
    expect(of(extract("telegram 💋 anna_905"), "handle").map((h) => h.value)).toEqual(["telegram:anna_905"]);
  });

  it("does not read an app name at the start of a longer word as a cue ('oficin.a' is not OnlyFans)", () => {
    expect(of(extract("documentos en la oficin.a, tgram.x, snapshot_1"), "handle")).toEqual([]);
  });

  it("takes digits after an app name for a phone number, not a handle", () => {
    const found = extract("telegram 6.3.7.0.5.7.8.9 or telegram: 06.12.34.56.78, @0612345678");
    expect(of(found, "handle")).toEqual([]);
    expect(of(found, "phone").map((p) => p.value)).toContain("+33612345678");
  });

  it("reads prices with currency and rate unit", () => {
    const found = of(
      extract("150€/1h, 30min 80eur, 200 lei pe ora, $300 per night, 100 euros la demi heure"),
      "price",
    );
    expect(found.map((p) => [p.amount, p.currency, p.per])).toEqual([
      [150, "EUR", { quantity: 1, unit: "hour" }],
      [80, "EUR", { quantity: 30, unit: "minute" }],
      [200, "RON", { quantity: 1, unit: "hour" }],
      [300, "USD", { quantity: 1, unit: "night" }],
      [100, "EUR", null],
    ]);
    expect(found[1]?.text).toBe("30min 80eur");
  });

  it("reads stated ages in four languages", () => {
    const found = of(extract("22 yo; age: 19; 20 ans; 21 años; 23 de ani; edad 24; 17 y.o."), "age");
    expect(found.map((a) => a.age)).toEqual([22, 19, 20, 21, 23, 24, 17]);
    expect(found[3]?.text).toBe("21 años");
  });

  it("finds places from the gazetteer, with ambiguous names only in context", () => {
    const found = of(
      extract("New in Bucureşti and Paris, then Cluj Napoca. Nice girl. I'm Sofia. In nice next week."),
      "place",
    );
    expect(found.map((p) => p.value)).toEqual(["RO:bucharest", "FR:paris", "RO:cluj", "FR:nice"]);
    expect(found[0]?.text).toBe("Bucureşti");
  });
});
