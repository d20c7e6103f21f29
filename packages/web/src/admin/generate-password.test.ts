import { describe, expect, it } from "vitest";
import { generatePassword } from "./generate-password.ts";

describe("generatePassword", () => {
  it("has the requested length and only unambiguous characters", () => {
    const password = generatePassword(20);
    expect(password).toHaveLength(20);
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/);
  });

  it("is long enough for the server's 12-character minimum by default", () => {
    expect(generatePassword().length).toBeGreaterThanOrEqual(12);
  });

  it("differs between calls", () => {
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
