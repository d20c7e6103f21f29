import { describe, expect, it } from "vitest";
import { matchNetworks } from "./network-sync.ts";

const assignment = (ad: string, network: string | null) => ({ ad, cluster: ad, network, slots: [] });

describe("matchNetworks", () => {
  it("continues a stored network in the engine network that holds most of its ads, renamed or not", () => {
    const prior = new Map([
      ["a2", { id: "ad2", cluster: "a2", network: "row-1" }],
      ["a3", { id: "ad3", cluster: "a3", network: "row-1" }],
    ]);
    // A new ad "a1" sorts first: the engine now calls the network "a1".
    const { continues, gone } = matchNetworks(
      [assignment("a1", "a1"), assignment("a2", "a1"), assignment("a3", "a1")],
      prior,
      [{ id: "row-1" }],
    );
    expect([...continues]).toEqual([["a1", "row-1"]]);
    expect(gone).toEqual([]);
  });

  it("keeps the larger of two merged networks and marks the other as merged into it", () => {
    const prior = new Map([
      ["a", { id: "1", cluster: "a", network: "big" }],
      ["b", { id: "2", cluster: "b", network: "big" }],
      ["c", { id: "3", cluster: "c", network: "small" }],
    ]);
    const { continues, gone } = matchNetworks(
      [assignment("a", "a"), assignment("b", "a"), assignment("c", "a")],
      prior,
      [{ id: "big" }, { id: "small" }],
    );
    expect([...continues]).toEqual([["a", "big"]]);
    expect(gone).toEqual([{ id: "small", mergedIntoKey: "a" }]);
  });

  it("lets a network that fell apart go without a successor", () => {
    const prior = new Map([
      ["a", { id: "1", cluster: "a", network: "n" }],
      ["b", { id: "2", cluster: "b", network: "n" }],
    ]);
    const { continues, gone } = matchNetworks([assignment("a", null), assignment("b", null)], prior, [
      { id: "n" },
    ]);
    expect(continues.size).toBe(0);
    expect(gone).toEqual([{ id: "n", mergedIntoKey: null }]);
  });
});
