import { decide, EXPLANATION_CODES, ILO_EC_2009, NEXT_STEPS } from "@ariadne/domain";
import i18next, { type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import de from "../i18n/locales/de.json";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";
import { catalogueNames } from "./catalogue-names.ts";
import { dimensionRuleText, explanationText, victimRuleText } from "./decision-text.ts";

async function translator(language: "en" | "fr" | "de"): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { en: { translation: en }, fr: { translation: fr }, de: { translation: de } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe("victimRuleText", () => {
  it("names the dimensions and the operators in words", async () => {
    const t = await translator("en");
    expect(
      victimRuleText(t, "(deceptive_recruitment OR coercive_recruitment) AND exploitative_conditions"),
    ).toBe("(Deceptive recruitment or Coercive recruitment) and Exploitative conditions of work");
    expect(victimRuleText(await translator("de"), "deceptive_recruitment AND exploitative_conditions")).toBe(
      "Anwerbung durch Täuschung und Ausbeuterische Arbeitsbedingungen",
    );
  });

  it("keeps a word it does not know", async () => {
    expect(victimRuleText(await translator("en"), "new_dimension OR exploitative_conditions")).toBe(
      "new_dimension or Exploitative conditions of work",
    );
  });
});

describe("dimensionRuleText", () => {
  it("says how many indicators of which grade matched", async () => {
    const t = await translator("en");
    expect(dimensionRuleText(t, "2 strong")).toBe("2 strong indicators");
    expect(dimensionRuleText(t, "1 strong + 1 medium or weak")).toBe(
      "1 strong indicator + 1 medium or weak indicator",
    );
    expect(dimensionRuleText(await translator("fr"), "3 medium")).toBe("3 indicateurs moyens");
  });

  it("shows a form it does not know as the engine wrote it", async () => {
    expect(dimensionRuleText(await translator("en"), "2 critical")).toBe("2 critical");
  });
});

describe("explanationText", () => {
  const names = catalogueNames(ILO_EC_2009, "en");

  it("explains a decision of the engine in words, naming indicators by their label", async () => {
    const t = await translator("en");
    const decision = decide(ILO_EC_2009, "adult_labour", {
      "d1.nature_of_job": "present",
      "d1.conditions_of_work": "unknown",
    });
    const lines = decision.explanation.map((item) => explanationText(t, item, names));
    expect(lines).toContain(
      "Strong indicator present: Deceived about the nature of the job, location or employer (Deceptive recruitment).",
    );
    expect(lines).toContain("1 answer is unknown; unknown is never counted as absent.");
    expect(lines[0]).toBe("Adult pathway, indicator set: Adults: labour exploitation.");
  });

  it("has a text for every explanation code and next step in every language", async () => {
    for (const language of ["en", "fr", "de"] as const) {
      const t = await translator(language);
      for (const code of EXPLANATION_CODES) {
        const text = explanationText(
          t,
          { code, params: { count: 2, pathway: "child", set: "child_labour" } },
          names,
        );
        expect(text, `${language} ${code}`).not.toContain("identify.");
      }
      for (const step of NEXT_STEPS) expect(t(`identify.nextSteps.${step}`)).not.toContain("identify.");
    }
  });
});
