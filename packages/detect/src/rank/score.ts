import type { ScoreComponent } from "../types.ts";

/** What the score reads of one network. */
export interface NetworkStats {
  ads: number;
  /** Mean of the ads' indicator scores (noisy-OR of their indicator weights). */
  meanIndicatorScore: number;
  /** Ads with a date, and the days between the first and the last. */
  datedAds: number;
  spanDays: number;
  places: number;
  /** Identifiers (phone, e-mail, handle, URL) carried by two ads or more of the network. */
  reusedIdentifiers: number;
  /** Share of ads with a disguised phone number or address. */
  obfuscatedShare: number;
}

export type ScoreWeights = Record<ScoreComponent["name"], number>;

/** Default weights (sum 1, so the score is 0–100). Configuration: see the README. */
export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  indicators: 0.35,
  "identifier-reuse": 0.15,
  obfuscation: 0.15,
  places: 0.15,
  "posting-rate": 0.1,
  size: 0.1,
};

const saturate = (x: number, scale: number) => (x <= 0 ? 0 : 1 - Math.exp(-x / scale));

/**
 * An explainable network score: each component is a measured value mapped to [0, 1] and
 * weighted; the score is the sum of the contributions, so a reader sees why a network ranks
 * where it does.
 */
export function scoreNetwork(
  stats: NetworkStats,
  weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS,
): { score: number; components: ScoreComponent[] } {
  const rate = stats.datedAds > 1 ? stats.datedAds / Math.max(1, stats.spanDays) : 0;
  const parts: Omit<ScoreComponent, "weight" | "contribution">[] = [
    {
      name: "indicators",
      value: round(stats.meanIndicatorScore, 3),
      normalised: stats.meanIndicatorScore,
      explanation: `mean indicator score of the ads: ${round(stats.meanIndicatorScore, 2)}`,
    },
    {
      name: "identifier-reuse",
      value: stats.reusedIdentifiers,
      normalised: saturate(stats.reusedIdentifiers, 3),
      explanation: `${stats.reusedIdentifiers} phone numbers, addresses or handles shared by several ads`,
    },
    {
      name: "obfuscation",
      value: round(stats.obfuscatedShare, 3),
      normalised: stats.obfuscatedShare,
      explanation: `${Math.round(stats.obfuscatedShare * 100)}% of the ads disguise a phone number or address`,
    },
    {
      name: "places",
      value: stats.places,
      normalised: saturate(stats.places - 1, 2),
      explanation: `${stats.places} distinct places named (movement between cities)`,
    },
    {
      name: "posting-rate",
      value: round(rate, 3),
      normalised: saturate(rate, 2),
      explanation:
        stats.datedAds > 1
          ? `${round(rate, 2)} ads a day over ${Math.max(1, Math.round(stats.spanDays))} days`
          : "no posting rate: fewer than two dated ads",
    },
    {
      name: "size",
      value: stats.ads,
      normalised: saturate(stats.ads - 1, 10),
      explanation: `${stats.ads} ads`,
    },
  ];
  const components = parts.map((p) => {
    const weight = weights[p.name];
    const normalised = round(p.normalised, 4);
    return { ...p, normalised, weight, contribution: round(weight * normalised * 100, 2) };
  });
  const score = round(
    components.reduce((sum, c) => sum + c.contribution, 0),
    2,
  );
  return { score, components };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
