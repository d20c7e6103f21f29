import { describe, expect, it } from "vitest";
import { byCountry } from "./place-countries.ts";

describe("byCountry", () => {
  it("adds up ads per country, most first, cities most first", () => {
    expect(
      byCountry([
        { country: "FR", city: "lyon", ads: 2 },
        { country: "ES", city: "madrid", ads: 5 },
        { country: "FR", city: "marseille", ads: 4 },
      ]),
    ).toEqual([
      {
        country: "FR",
        ads: 6,
        cities: [
          { city: "marseille", ads: 4 },
          { city: "lyon", ads: 2 },
        ],
      },
      { country: "ES", ads: 5, cities: [{ city: "madrid", ads: 5 }] },
    ]);
  });
});
