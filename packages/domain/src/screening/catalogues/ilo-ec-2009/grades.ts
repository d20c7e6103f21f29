import type { Grade, IndicatorSet } from "../../vocabulary.ts";

export const S = "strong";
export const M = "medium";
export const W = "weak";

/**
 * An indicator's grades in the four sets, from the labour-set grades the reference gives
 * (adult → child; `child: null` for adults-only indicators). The sexual sets take the labour
 * grades unless `sexual` names a stated difference; the reference marks the sexual lists as a
 * whole unverified, which the catalogue records on those sets.
 */
export function grades(
  adult: Grade,
  child: Grade | null,
  sexual: { readonly adult?: Grade; readonly child?: Grade } = {},
): Partial<Record<IndicatorSet, Grade>> {
  const adultSets = { adult_labour: adult, adult_sexual: sexual.adult ?? adult };
  return child === null
    ? adultSets
    : { ...adultSets, child_labour: child, child_sexual: sexual.child ?? child };
}
