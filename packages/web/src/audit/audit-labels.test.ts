import i18next from "i18next";
import { describe, expect, it } from "vitest";
import de from "../i18n/locales/de.json";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES } from "@ariadne/domain";
import { auditActionLabel, auditResourceTypeLabel } from "./audit-labels.ts";

async function translator(language: "en" | "fr" | "de") {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { en: { translation: en }, fr: { translation: fr }, de: { translation: de } },
    initAsync: false,
  });
  return i18n.t;
}

describe("auditActionLabel", () => {
  it("names known actions in words", async () => {
    const t = await translator("en");
    expect(auditActionLabel(t, "auth.login")).toBe("Sign-in");
    expect(auditActionLabel(t, "user.reset_password")).toBe("Password reset by an administrator");
  });

  it("follows the interface language", async () => {
    expect(auditActionLabel(await translator("fr"), "user.create")).toBe("Utilisateur créé");
    expect(auditActionLabel(await translator("de"), "user.create")).toBe("Benutzer erstellt");
  });

  it("shows an action it does not know as its raw code", async () => {
    const t = await translator("en");
    expect(auditActionLabel(t, "case.merge")).toBe("case.merge");
    expect(auditActionLabel(t, "auth")).toBe("auth");
    expect(auditActionLabel(t, "")).toBe("");
  });

  it.each(["en", "fr", "de"] as const)("has a %s label for every known action", async (language) => {
    const t = await translator(language);
    for (const code of AUDIT_ACTIONS) {
      const label = auditActionLabel(t, code);
      // i18next answers a missing key with the key itself.
      expect(label, code).not.toMatch(/^audit\.actions\./);
      expect(label, code).not.toBe(code);
    }
  });
});

describe("auditResourceTypeLabel", () => {
  it("names known resource types and keeps unknown ones as they are", async () => {
    const t = await translator("en");
    expect(auditResourceTypeLabel(t, "api_token")).toBe("API token");
    expect(auditResourceTypeLabel(t, "case")).toBe("Case");
    expect(auditResourceTypeLabel(t, "online_ad")).toBe("online_ad");
  });

  it("has a label for every known resource type", async () => {
    const t = await translator("de");
    for (const code of AUDIT_RESOURCE_TYPES) {
      expect(auditResourceTypeLabel(t, code), code).not.toMatch(/^audit\.resourceTypes\./);
    }
  });
});
