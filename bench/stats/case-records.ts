import { defineDimension, type Dimension, type RandomSource, uniformInt } from "@ariadne/privacy";

/**
 * Synthetic registered-victim records, shaped like Eurostat's trafficking data collection,
 * held column-wise (one typed array per attribute) as a server would stream them from SQL.
 * Category indices are stored; −1 means "not recorded".
 */
export interface CaseRecords {
  readonly count: number;
  readonly person: Int32Array;
  readonly year: Int8Array;
  readonly sex: Int8Array;
  readonly age: Int8Array;
  readonly country: Int16Array;
  /** Forms of exploitation as a bitmask over FORMS (0 = not recorded). */
  readonly forms: Uint8Array;
}

export const YEARS = Array.from({ length: 11 }, (_, i) => String(2015 + i));
export const SEXES = ["female", "male"];
export const AGE_BANDS = ["0-11", "12-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
export const FORMS = [
  "sexual exploitation",
  "labour exploitation",
  "criminal activities",
  "removal of organs",
  "forced begging",
  "forced marriage",
  "other forms",
];
const EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
const NON_EU = (
  "AL BA ME MK RS XK UA MD BY RU TR GE AM AZ NG GH CI SN GM GN SL LR ML NE BF CM CD CG ER ET SO SD " +
  "EG MA DZ TN LY KE UG TZ ZA AO MZ ZW CN VN TH PH ID MY KH LA MM BD IN PK NP LK AF IR IQ SY " +
  "BR CO VE PE EC BO PY DO HT MX GT HN SV US CA"
).split(" ");
/** 100 citizenships; the reporting country is the first EU one. */
export const COUNTRIES = [...EU, ...NON_EU].slice(0, 100);
export const REPORTING_COUNTRY = "DE";
export const CITIZENSHIP_GROUPS = ["reporting country", "other EU", "non-EU"];

export const dimensions = {
  year: defineDimension("year", YEARS),
  sex: defineDimension("sex", SEXES),
  age: defineDimension("age", AGE_BANDS),
  country: defineDimension("citizenship", COUNTRIES),
  group: defineDimension("citizenship group", CITIZENSHIP_GROUPS),
  form: defineDimension("form of exploitation", FORMS),
} satisfies Record<string, Dimension>;

/** Citizenship group of a country index (−1 → unknown). */
export const GROUP_OF_COUNTRY = Int8Array.from(COUNTRIES, (code) =>
  code === REPORTING_COUNTRY ? 0 : EU.includes(code) ? 1 : 2,
);

/** The list of form indices for each bitmask, so the hot loop reads a prepared array. */
export const FORM_LISTS: readonly (readonly number[])[] = Array.from(
  { length: 1 << FORMS.length },
  (_, mask) => FORMS.flatMap((_, f) => (mask & (1 << f) ? [f] : [])),
);

/** A draw from weights ∝ 1/(rank + 1) (Zipf-like), by inverse CDF on integers. */
function zipfSampler(n: number): (random: RandomSource) => number {
  const cumulative = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += Math.round(1_000_000 / (i + 1));
    cumulative[i] = total;
  }
  return (random) => {
    const u = uniformInt(random, total);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * `count` records from a seeded source: years 2015–2025, about 70 % women, age bands skewed
 * to young adults, 100 citizenships with Zipf-like frequencies, one main form of exploitation
 * correlated with sex and sometimes a second one, a few values not recorded, and about 12 %
 * of records a second registration (by another organisation, the same or the next year) of a
 * person already seen.
 */
export function generateCaseRecords(random: RandomSource, count: number): CaseRecords {
  const records: CaseRecords = {
    count,
    person: new Int32Array(count),
    year: new Int8Array(count),
    sex: new Int8Array(count),
    age: new Int8Array(count),
    country: new Int16Array(count),
    forms: new Uint8Array(count),
  };
  const country = zipfSampler(COUNTRIES.length);
  const ageWeights = [2, 8, 30, 28, 16, 9, 5, 2];
  const ageTotal = ageWeights.reduce((a, b) => a + b, 0);
  let persons = 0;
  for (let i = 0; i < count; i++) {
    if (i > 1000 && uniformInt(random, 100) < 12) {
      const earlier = uniformInt(random, i);
      records.person[i] = records.person[earlier] ?? 0;
      records.sex[i] = records.sex[earlier] ?? -1;
      records.age[i] = records.age[earlier] ?? -1;
      records.country[i] = records.country[earlier] ?? -1;
      records.year[i] = Math.min(YEARS.length - 1, (records.year[earlier] ?? 0) + uniformInt(random, 2));
      records.forms[i] =
        uniformInt(random, 4) === 0 ? 1 << uniformInt(random, FORMS.length) : (records.forms[earlier] ?? 0);
      continue;
    }
    records.person[i] = persons++;
    records.year[i] = uniformInt(random, 1000) === 0 ? -1 : uniformInt(random, YEARS.length);
    const sexDraw = uniformInt(random, 100);
    records.sex[i] = sexDraw < 3 ? -1 : sexDraw < 70 ? 0 : 1;
    let a = uniformInt(random, ageTotal);
    let band = 0;
    while (a >= (ageWeights[band] ?? 0)) a -= ageWeights[band++] ?? 0;
    records.age[i] = uniformInt(random, 50) === 0 ? -1 : band;
    records.country[i] = uniformInt(random, 100) === 0 ? -1 : country(random);
    const main =
      records.sex[i] === 0
        ? uniformInt(random, 10) < 7
          ? 0
          : uniformInt(random, FORMS.length)
        : uniformInt(random, 10) < 5
          ? 1
          : uniformInt(random, FORMS.length);
    let mask = uniformInt(random, 50) === 0 ? 0 : 1 << main;
    if (mask !== 0 && uniformInt(random, 10) === 0) mask |= 1 << uniformInt(random, FORMS.length);
    records.forms[i] = mask;
  }
  return records;
}
