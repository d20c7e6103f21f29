export * from "./errors.ts";
export {
  type Rational,
  type RationalInput,
  rational,
  parseRational,
  formatRational,
  toDecimalString,
} from "./numeric/rational.ts";
/** Exact rational arithmetic (add, sub, mul, div, compare, floor, ceil, …) under one name. */
export * as rationals from "./numeric/rational.ts";
export { type Bounds, lnBounds, sqrtBounds, isqrt } from "./numeric/bounds.ts";
export * from "./random/random-source.ts";
export * from "./table/dimension.ts";
export * from "./table/count-table.ts";
export * from "./table/aggregate.ts";
export * from "./suppression/published-table.ts";
export * from "./suppression/small-cells.ts";
export * from "./suppression/disclosure-audit.ts";
export * from "./dp/discrete-samplers.ts";
export * from "./dp/release.ts";
export * from "./dp/ledger.ts";
export * from "./synthesis/marginals.ts";
export * from "./synthesis/synthesize.ts";
export * from "./synthesis/reports.ts";
