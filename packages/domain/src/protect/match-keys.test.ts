import { describe, expect, it } from "vitest";
import { matchValues, nameTokens, phonetic } from "./match-keys.ts";

const keyOf = (kind: string, p: Parameters<typeof matchValues>[0]) =>
  matchValues(p).find((m) => m.kind === kind)?.value;

describe("match values", () => {
  it("folds diacritics and case and ignores the order of names", () => {
    expect(nameTokens("Ștefan-Ioan", "DUMITRESCU")).toEqual(["stefan", "ioan", "dumitrescu"]);
    const a = keyOf("name_birth", {
      prs_FirstName: "Ana",
      prs_SecondName: "Müller",
      prs_Birthdate: "1999-02-03",
    });
    const b = keyOf("name_birth", {
      prs_FirstName: "MULLER",
      prs_SecondName: "ana",
      prs_Birthdate: "1999-02-03",
    });
    expect(a).toBe(b);
    expect(
      keyOf("name_birth", { prs_FirstName: "Ana", prs_SecondName: "Muller", prs_Birthdate: "1999-02-04" }),
    ).not.toBe(a);
  });

  it("meets spelling variants phonetically, with the birth year", () => {
    const base = { prs_Birthdate: "2001-05-06" };
    const pairs: [string, string][] = [
      ["Ioana Popescu", "Joana Popesku"],
      ["Mohammed Ali", "Muhammad Aly"],
      ["Katarzyna Schmidt", "Catarzyna Shmidt"],
    ];
    for (const [x, y] of pairs) {
      expect(keyOf("fuzzy_name_year", { ...base, prs_FirstName: x })).toBe(
        keyOf("fuzzy_name_year", { ...base, prs_FirstName: y }),
      );
    }
    expect(phonetic("maria")).not.toBe(phonetic("marta"));
    expect(keyOf("fuzzy_name_year", { prs_FirstName: "Ioana", prs_Birthdate: "2001-01-01" })).not.toBe(
      keyOf("fuzzy_name_year", { prs_FirstName: "Ioana", prs_Birthdate: "2002-01-01" }),
    );
  });

  it("matches a phone with or without its country prefix and ignores too-short numbers", () => {
    expect(keyOf("phone", { prs_MobilePhone: "+40 721 555 010" })).toBe(
      keyOf("phone", { prs_MobilePhone: "0721-555-010" }),
    );
    expect(keyOf("phone", { prs_MobilePhone: "112" })).toBeUndefined();
  });

  it("normalises identity numbers and gives nothing for an empty person", () => {
    expect(keyOf("identity", { prs_IdentityNumber: "ab 12-34.56" })).toBe("AB123456");
    expect(matchValues({})).toEqual([]);
  });
});
