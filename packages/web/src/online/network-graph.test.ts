import { describe, expect, it } from "vitest";
import { clusterLabel, layoutGraph, type GraphIdentifier } from "./network-graph.ts";

const phone = (value: string, clusters: string[], ads = clusters.length): GraphIdentifier => ({
  hash: `h-${value}`,
  kind: "phone",
  value,
  clusters,
  linking: clusters.length > 1,
  ads,
});

describe("layoutGraph", () => {
  it("joins each identifier to the clusters that carry it, linking ones drawn as such", () => {
    const layout = layoutGraph(
      [
        { key: "b", label: "B", size: 12 },
        { key: "a", label: "A", size: 24 },
      ],
      [phone("+33639981002", ["b"], 8), phone("+33639981001", ["a", "b"], 30)],
    );
    expect(layout.clusters.map((c) => c.key)).toEqual(["a", "b"]);
    expect(layout.edges.map((e) => [e.cluster, e.identifier, e.linking])).toEqual([
      ["a", "h-+33639981001", true],
      ["b", "h-+33639981001", true],
      ["b", "h-+33639981002", false],
    ]);
    // The larger cluster is drawn larger; every node lies inside the drawing.
    expect(layout.clusters[0]?.r).toBeGreaterThan(layout.clusters[1]?.r ?? 0);
    for (const n of [...layout.clusters, ...layout.identifiers]) {
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(layout.height);
    }
  });

  it("keeps linking identifiers first when there are too many to draw, and says how many it left out", () => {
    const many = Array.from({ length: 30 }, (_, i) => phone(`+3363998${String(1000 + i)}`, ["a"], 50 - i));
    const layout = layoutGraph(
      [
        { key: "a", label: "A", size: 5 },
        { key: "b", label: "B", size: 5 },
      ],
      [...many, phone("+33639989999", ["a", "b"], 2)],
      { clusters: 12, identifiers: 5 },
    );
    expect(layout.identifiers.map((i) => i.value)).toContain("+33639989999");
    expect(layout.identifiers).toHaveLength(5);
    expect(layout.hiddenIdentifiers).toBe(26);
  });

  it("names templates A to Z, then by number", () => {
    expect([0, 1, 25, 26].map(clusterLabel)).toEqual(["A", "B", "Z", "#27"]);
  });
});
