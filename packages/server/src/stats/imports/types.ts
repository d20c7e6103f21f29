import type { AgeBand, AgeGroup, CitizenshipGroup, StatForm, VictimObservation } from "@ariadne/domain";

export const IMPORT_FORMATS = ["ctdc-2017", "ctdc-synthetic", "glotip", "eurostat"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One victim-record of an outside microdata set, in the domain's counting model. The
 * sources give age as a band, so the band is kept next to the representative age:
 *
 * - `age` is a representative age inside the source band when the band lies wholly under or
 *   over 18, so `ageGroupOf(age)` is right; it is null when the band crosses 18 or is unknown.
 * - `ageBand` is the Eurostat band only when the source band lies inside one; use it, not
 *   `ageBandOf(age)`, for the age-band table (a CTDC "9--17" is a child of unknown band).
 */
export interface ImportedVictim extends VictimObservation {
  readonly ageBand: AgeBand | null;
  /** The source's age band as written ("9--17"), for tracing; null when unknown. */
  readonly sourceAgeBand: string | null;
  /** The 1-based record number in the file (the header is 1). */
  readonly row: number;
}

export const AGGREGATE_INDICATORS = ["victims", "suspected", "prosecuted", "convicted"] as const;
export type AggregateIndicator = (typeof AGGREGATE_INDICATORS)[number];

/**
 * A published number. `range` is a published bound ("<5" → [1, 4]: the source writes 0 as 0,
 * so "<5" means 1 to 4). `missing` is a value the source did not give: never a zero.
 */
export type AggregateValue =
  | { readonly exact: number }
  | { readonly range: readonly [number, number] }
  | { readonly missing: "not_available" | "confidential" };

export type AggregateCitizenship =
  | { readonly kind: "total" }
  | { readonly kind: "unknown" }
  /** `foreign`: any other citizenship, without the EU / non-EU split. */
  | { readonly kind: "group"; readonly group: CitizenshipGroup | "foreign" | "stateless" }
  | { readonly kind: "country"; readonly country: string };

/** One cell of a published aggregate table (Eurostat, UNODC GLOTIP), in the analysis model. */
export interface AggregateCell {
  /** Which dataset: "eurostat:crim_thb_vctz", "unodc:glotip". */
  readonly source: string;
  /** The row's own source note when the format has one (GLOTIP's Source column). */
  readonly sourceNote?: string;
  readonly indicator: AggregateIndicator;
  readonly year: number;
  /** The area as the file names it ("EL", "Greece", "EU27_2020"). */
  readonly area: string;
  /** ISO 3166-1 alpha-2 when the area is a country (Greece is GR, never EL); else null. */
  readonly country: string | null;
  readonly sex: "female" | "male" | "total" | "unknown";
  readonly ageGroup: AgeGroup | "total" | "unknown";
  /** Set when the source breaks age down into one of Eurostat's bands. */
  readonly ageBand?: AgeBand;
  readonly form: StatForm | "total" | "unknown";
  readonly citizenship: AggregateCitizenship;
  readonly unit: "persons" | "per_100k_inhabitants";
  readonly value: AggregateValue;
  /** Eurostat observation flags as published, e.g. "p" (provisional), "e" (estimated). */
  readonly flags?: string;
  /** The 1-based record number in the file (the header is 1). */
  readonly row: number;
}

/** A value the importer does not know, in a column it knows: counted, mapped to unknown. */
export interface UnknownCode {
  readonly column: string;
  readonly value: string;
  readonly rows: number;
}

/** A row (or, on row 1, the whole file) that could not be read. */
export interface ImportError {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export interface ImportReport {
  readonly unknownCodes: UnknownCode[];
  /** Rows with errors are not imported; errors on row 1 (the header) refuse the whole file. */
  readonly errors: ImportError[];
  /** Data records read, blank lines not counted. */
  readonly rowsRead: number;
}

export type ImportResult =
  | ({ readonly kind: "microdata"; readonly victims: ImportedVictim[] } & ImportReport)
  | ({ readonly kind: "aggregate"; readonly cells: AggregateCell[] } & ImportReport);

export interface ImportOptions {
  /** Stop listing errors after this many (one more error says how many were left out). Default 1,000. */
  readonly maxErrors?: number;
}
