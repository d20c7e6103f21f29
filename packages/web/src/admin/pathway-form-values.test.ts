import { describe, expect, it } from "vitest";
import { keyFromLabel, toStageRows, toStages } from "./pathway-form-values.ts";

describe("pathway stages", () => {
  it("derive a key the server accepts from a label", () => {
    expect(keyFromLabel("Évaluation des besoins")).toBe("evaluation_des_besoins");
    expect(keyFromLabel("1. Erstkontakt")).toBe("erstkontakt");
    expect(keyFromLabel("?")).toBe("");
  });

  it("go back to the API with reflection only where set", () => {
    const [first, second] = toStageRows([
      { key: "first_contact", label: "First contact" },
      { key: "reflection", label: "Reflection", reflection: true },
    ]);
    expect(first?.reflection).toBe(false);
    expect(second?.reflection).toBe(true);
    expect(
      toStages([
        { key: "first_contact", label: " First contact ", reflection: false },
        ...(second ? [second] : []),
      ]),
    ).toEqual([
      { key: "first_contact", label: "First contact" },
      { key: "reflection", label: "Reflection", reflection: true },
    ]);
  });
});
