import { describe, expect, it } from "vitest";
import { stageOptions, withDefaultPathway } from "./stage-options.ts";

describe("pathway stages for the filters", () => {
  it("offer the shipped default pathway while none is configured", () => {
    expect(stageOptions([]).map((option) => option.value)).toEqual([
      "first_contact",
      "screening",
      "reasonable_grounds",
      "reflection",
      "formal_identification",
      "assistance",
      "reintegration",
      "closure",
    ]);
  });

  it("put the default pathway first and list each stage key once", () => {
    const pathways = [
      {
        country: "RO",
        stages: [
          { key: "first_contact", label: "Primul contact" },
          { key: "ro_only", label: "Etapă" },
        ],
        version: 1,
      },
      { country: "*", stages: [{ key: "first_contact", label: "First contact" }], version: 2 },
    ];
    expect(withDefaultPathway(pathways).map((pathway) => pathway.country)).toEqual(["*", "RO"]);
    expect(stageOptions(pathways)).toEqual([
      { value: "first_contact", label: "First contact" },
      { value: "ro_only", label: "Etapă" },
    ]);
  });
});
