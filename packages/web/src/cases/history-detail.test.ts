import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";
import { historyDetail } from "./history-detail.ts";
import { stageLabel } from "./stage-label.ts";

async function translator(lng: "en" | "fr" = "en") {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, fr: { translation: fr } }, initAsync: false });
  return i18n.t;
}

describe("a case history entry in words", () => {
  it("names the parts read or shared, and all of them for the holder", async () => {
    const t = await translator();
    expect(historyDetail(t, { action: "case.read", details: { parts: ["identity", "victim"] } })).toBe(
      "Parts: Identity, Victim context",
    );
    expect(historyDetail(t, { action: "case.read", details: { parts: "all" } })).toBe("All parts");
  });

  it("names a status change and the fields changed", async () => {
    const t = await translator();
    expect(historyDetail(t, { action: "case.status", details: { from: "Active", to: "Closed" } })).toBe(
      "Active → Closed",
    );
    expect(historyDetail(t, { action: "case.update", details: { fields: ["person.prs_FirstName"] } })).toBe(
      "Fields: person.prs_FirstName",
    );
    expect(historyDetail(t, { action: "case.open", details: {} })).toBe("");
  });
});

describe("a stage's name", () => {
  it("is translated for the shipped default pathway, and kept as configured otherwise", async () => {
    const t = await translator();
    expect(stageLabel(t, "reflection", "Recovery and reflection period")).toBe(
      "Recovery and reflection period",
    );
    expect(stageLabel(t, "reflection", "Bedenkzeit (§ 59 AufenthG)")).toBe("Bedenkzeit (§ 59 AufenthG)");
    expect(stageLabel(t, "custom_stage", "Custom")).toBe("Custom");
  });
});
