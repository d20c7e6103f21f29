/** Whole years between an ISO birth date and an ISO day, or null when either is missing. */
export function ageOn(birthdate: string | null | undefined, day: string): number | null {
  if (!birthdate) return null;
  const [by, bm, bd] = birthdate.split("-").map(Number);
  const [y, m, d] = day.split("-").map(Number);
  if (
    by === undefined ||
    bm === undefined ||
    bd === undefined ||
    y === undefined ||
    m === undefined ||
    d === undefined
  )
    return null;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * A child is under 18. With no birth date the person is not presumed a child here; a case
 * worker who presumes minority (Directive 2011/36/EU Art. 13(2)) records a birth date estimate.
 */
export function isChild(birthdate: string | null | undefined, today: string): boolean {
  const age = ageOn(birthdate, today);
  return age !== null && age < 18;
}

/** The ISO calendar day of an instant, in UTC. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);
