import { describe, expect, it } from "vitest";
import { AdAnalyser } from "../analyse.ts";
import { normalise } from "../text/normalise.ts";
import { tokenise } from "../text/tokenise.ts";
import { ADS_LEXICON } from "./lexicon-ads.ts";
import { compilePattern, parseLexicon } from "./lexicon.ts";

const analyser = new AdAnalyser({ region: "FR" });
function flags(text: string) {
  const r = analyser.analyse({ id: "t", text });
  if (!r.ok) throw new Error(r.reason);
  for (const f of r.value.flags) for (const s of f.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  return r.value.flags;
}
const byId = (list: ReturnType<typeof flags>) =>
  Object.fromEntries(list.map((f) => [f.indicator, f.spans.map((s) => s.text)]));

describe("indicators", () => {
  it.each([
    [
      "en",
      "Fresh young girl, call my manager, available 24/7, outcall only",
      ["sex.youth", "sex.third-party", "sex.always-available", "sex.outcall-only"],
    ],
    [
      "fr",
      "Toute jeune, disponible 24h/24, déplacement uniquement, photos réelles",
      ["sex.youth", "sex.always-available", "sex.outcall-only", "sex.trust-language"],
    ],
    [
      "es",
      "Jovencita nueva en la ciudad, solo salidas, 24 horas, fotos reales",
      ["sex.youth", "sex.movement", "sex.outcall-only", "sex.always-available", "sex.trust-language"],
    ],
    [
      "ro",
      "Tinerică nouă în oraș, doar deplasări, non stop, poze reale",
      ["sex.youth", "sex.movement", "sex.outcall-only", "sex.always-available", "sex.trust-language"],
    ],
  ])("flags sexual-exploitation cues (%s)", (_lang, text, ids) => {
    expect(Object.keys(byId(flags(text))).sort()).toEqual([...ids].sort());
  });

  it.each([
    [
      "en",
      "URGENT departure! No experience needed, high salary. Registration fee 200 euros. Travel paid, accommodation provided. Passport kept safe. WhatsApp only",
    ],
    [
      "fr",
      "Départ urgent, sans expérience, gros salaire, frais d'inscription 200 euros, billet payé, logement fourni, passeport gardé en sécurité, uniquement par whatsapp",
    ],
    [
      "es",
      "Salida inmediata, sin experiencia, buen sueldo, cuota de inscripción 200 euros, viaje pagado, alojamiento incluido, pasaporte guardado, solo whatsapp",
    ],
    [
      "ro",
      "Plecare urgentă, fără experiență, salariu mare, taxa de înscriere 200 lei, transport asigurat, cazare asigurată, pașaportul păstrat la noi, doar pe whatsapp",
    ],
  ])("flags labour-recruitment red flags (%s)", (_lang, text) => {
    expect(Object.keys(byId(flags(text))).sort()).toEqual(
      [
        "labour.urgent-departure",
        "labour.no-experience",
        "labour.high-pay",
        "labour.no-experience-high-pay",
        "labour.fee",
        "labour.travel-paid",
        "labour.accommodation",
        "labour.documents-kept",
        "both.messaging-only",
      ].sort(),
    );
  });

  it("names the span that triggered each flag, through homoglyphs and leetspeak", () => {
    const found = byId(flags("Hi, fr3sh and уоung, c4ll my m4nager"));
    expect(found["sex.youth"]).toEqual(["fr3sh", "уоung"]);
    expect(found["sex.third-party"]).toEqual(["c4ll my m4nager"]);
  });

  it("derives a flag from a disguised phone number and from a stated minor age", () => {
    const found = byId(flags("Lola 16 yo, call zero six 12 34 56 78"));
    expect(found["both.obfuscated-identifier"]).toEqual(["zero six 12 34 56 78"]);
    expect(found["sex.minor-age"]).toEqual(["16 yo"]);
  });

  it("does not flag an ordinary ad", () => {
    expect(flags("Selling a used bike in good condition, 120 euros, call 06 12 34 56 78")).toEqual([]);
  });

  it("matches first words of any length, literal or prefix, of a revised lexicon", () => {
    const indicator = (id: string, patterns: string[]) => ({
      id,
      version: "1",
      category: "both" as const,
      grade: "weak" as const,
      verified: false,
      weight: 0.1,
      source: "test",
      explanation: "test",
      patterns: { en: patterns },
    });
    const lexicon = (short: boolean) => ({
      id: "test",
      version: "1",
      indicators: [
        indicator("t.short", ["xy", "q ~1 zz"]),
        indicator("t.prefix", ["abc* now", "abcd"]),
        indicator("t.long", ["wonderful (day|night)"]),
        ...(short ? [indicator("t.any", ["k* go"])] : []),
      ],
    });
    for (const short of [false, true]) {
      const a = new AdAnalyser({ lexicon: lexicon(short) });
      const found = (text: string) => {
        const r = a.analyse({ id: "t", text });
        return r.ok ? r.value.flags.map((f) => `${f.indicator}:${f.spans.map((x) => x.text).join("|")}`) : [];
      };
      expect(found("xy abcd abcdef now, wonderful night")).toEqual([
        "t.short:xy",
        "t.prefix:abcd|abcdef now",
        "t.long:wonderful night",
      ]);
      expect(found("xyz abc now ab q r zz")).toEqual(["t.prefix:abc now", "t.short:q r zz"]);
      expect(found("kite go")).toEqual(short ? ["t.any:kite go"] : []);
    }
  });

  it("combines weights by noisy-OR into the ad's indicator score", () => {
    const r = analyser.analyse({ id: "t", text: "outcall only, available 24/7" });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.indicatorScore).toBeCloseTo(1 - (1 - 0.2) * (1 - 0.25), 6);
  });
});

describe("the shipped lexicon", () => {
  it("is valid, and every pattern is written in normalised tokens", () => {
    expect(parseLexicon(ADS_LEXICON)).toMatchObject({ ok: true });
    for (const d of ADS_LEXICON.indicators) {
      const patterns: Partial<Record<string, readonly string[]>> = "patterns" in d ? d.patterns : {};
      for (const list of Object.values(patterns)) {
        if (!list) continue;
        for (const pattern of list) {
          for (const word of pattern
            .replace(/[()|?*]|~\d/g, " ")
            .split(/\s+/)
            .filter(Boolean)) {
            expect(tokenise(normalise(word).text).words, `${d.id}: ${pattern}`).toEqual([word]);
          }
        }
      }
    }
  });

  it("marks as unverified every grade not backed by the 2024 ad study", () => {
    for (const d of ADS_LEXICON.indicators) expect(d.verified, d.id).toBe(d.source === "nij-2024");
  });

  it("refuses a revision with problems, naming each", () => {
    const result = parseLexicon({
      id: "x",
      version: "1",
      indicators: [
        {
          id: "a",
          version: "1",
          category: "sexual",
          grade: "strong",
          verified: false,
          weight: 2,
          source: "s",
          explanation: "e",
          patterns: { en: ["Bad Word"] },
        },
        {
          id: "a",
          version: "1",
          category: "other",
          grade: "strong",
          verified: false,
          weight: 0.1,
          source: "s",
          explanation: "e",
          requires: ["zzz"],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual([
        "indicators[0].weight",
        "indicators[0].patterns.en[0]",
        "indicators[1].id",
        "indicators[1].category",
      ]);
    }
  });

  it("compiles gaps, options and alternatives", () => {
    expect(compilePattern("call ~2 (manager|the boss) now?")).toEqual([
      { kind: "words", alternatives: [[{ literal: "call" }]], optional: false },
      { kind: "gap", max: 2 },
      {
        kind: "words",
        alternatives: [[{ literal: "manager" }], [{ literal: "the" }, { literal: "boss" }]],
        optional: false,
      },
      { kind: "words", alternatives: [[{ literal: "now" }]], optional: true },
    ]);
    expect(() => compilePattern("~2 call")).toThrow(/starts with a required word/);
  });
});
