import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy.ts";

const common = new Set(["password1234", "qwertyuiopas"]);
const check = (p: string, personal: string[] = []) =>
  checkPassword(p, { isCommon: (c) => common.has(c), personal });

describe("checkPassword", () => {
  it("accepts a long passphrase", () => {
    expect(check("correct horse battery staple")).toEqual({
      ok: true,
      value: "correct horse battery staple",
    });
  });

  it("counts characters as a person sees them, not UTF-16 units", () => {
    expect(check("ăîșțâăîșțâăî").ok).toBe(true);
    expect(check("字字字字字字字字字字字").ok).toBe(false);
  });

  it.each([
    ["short", "must be at least 12 characters long (it has 5)"],
    ["Password1234", "is too common; choose a longer phrase"],
    ["aaaaaaaaaaaaaaa", "is too common; choose a longer phrase"],
  ])("refuses %s: %s", (password, message) => {
    expect(check(password)).toEqual({ ok: false, issues: [{ path: "password", message }] });
  });

  it("refuses a password built on the person's own name or e-mail", () => {
    expect(check("mariana-popescu-2026", ["Mariana", "Popescu"]).ok).toBe(false);
    expect(check("an unrelated long phrase", ["Mariana", "Popescu"]).ok).toBe(true);
  });
});
