import { describe, expect, it } from "vitest";
import { releaseParameters } from "./release-parameters.ts";

describe("releaseParameters", () => {
  it("reads a weighted DP release: ε, and each table's share with its weight", () => {
    const parameters = releaseParameters({
      parameters: {
        threshold: 5,
        epsilon: "1",
        epsilonByTable: { "victims.sex": "1/19", "victims.citizenship": "4/19" },
        tableWeights: { "victims.sex": 1, "victims.citizenship": 4 },
      },
    });
    expect(parameters).toEqual({
      threshold: 5,
      epsilon: "1",
      epsilonPerTable: null,
      epsilonByTable: [
        { table: "victims.sex", epsilon: "1/19", weight: 1 },
        { table: "victims.citizenship", epsilon: "4/19", weight: 4 },
      ],
    });
  });

  it("reads an older evenly split release and a suppression release", () => {
    expect(
      releaseParameters({ parameters: { threshold: 5, epsilon: "1", epsilonPerTable: "1/13" } }),
    ).toMatchObject({ epsilon: "1", epsilonPerTable: "1/13", epsilonByTable: null });
    expect(releaseParameters({ parameters: { threshold: 3 } })).toEqual({
      threshold: 3,
      epsilon: null,
      epsilonPerTable: null,
      epsilonByTable: null,
    });
  });
});
