/**
 * The serialisable shapes that go in and come out of the engine: plain objects, strings and
 * numbers only, so that they can be stored as JSON as they are.
 */
import type { Language } from "./text/language.ts";
import type { SkipReason } from "./text/sanitize.ts";

export type { Language, SkipReason };

/** One ad as it arrives. `title`, when given, is analysed before the body: see `AdAnalysis.text`. */
export interface AdInput {
  id: string;
  text: string;
  title?: string | undefined;
  /** ISO 8601 date or epoch milliseconds; used for posting rate and timelines. */
  date?: string | number | undefined;
  /** A place field from the source (city name); matched against the gazetteer. */
  place?: string | undefined;
}

/** A span of the analysed text (UTF-16 code units, end exclusive) with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How an identifier was disguised. */
export type Obfuscation =
  | "spelled-digits"
  | "spaced-digits"
  | "separated-digits"
  | "unicode-digits"
  | "letters-for-digits"
  | "homoglyphs"
  | "worded-address";

interface ExtractionBase extends Span {
  /** The normalised value: E.164 for phones, lower case for addresses and handles. */
  value: string;
  /** Present and non-empty when the identifier was disguised. */
  obfuscation?: Obfuscation[];
}

export interface PhoneExtraction extends ExtractionBase {
  kind: "phone";
  /** ISO 3166 country of the number. */
  country: string | null;
}
export interface EmailExtraction extends ExtractionBase {
  kind: "email";
}
export interface UrlExtraction extends ExtractionBase {
  kind: "url";
  host: string;
}
export interface HandleExtraction extends ExtractionBase {
  kind: "handle";
  /** e.g. telegram, whatsapp, snapchat, instagram; "unknown" for a bare @name. */
  platform: string;
  name: string;
}
export interface PriceExtraction extends ExtractionBase {
  kind: "price";
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** The rate's unit, when stated: 30 minutes, 1 hour, 1 night. */
  per: { quantity: number; unit: "minute" | "hour" | "night" | "day" | "week" | "month" } | null;
}
export interface AgeExtraction extends ExtractionBase {
  kind: "age";
  age: number;
}
export interface PlaceExtraction extends ExtractionBase {
  kind: "place";
  /** ISO 3166 alpha-2. */
  country: string;
  city: string;
}

export type Extraction =
  | PhoneExtraction
  | EmailExtraction
  | UrlExtraction
  | HandleExtraction
  | PriceExtraction
  | AgeExtraction
  | PlaceExtraction;

export type ExtractionKind = Extraction["kind"];

export type IndicatorCategory = "sexual" | "labour" | "both";
export type EvidenceGrade = "strong" | "medium" | "weak";

/** One indicator found in one ad, with the span(s) of text that triggered it. */
export interface IndicatorFlag {
  indicator: string;
  version: string;
  category: IndicatorCategory;
  grade: EvidenceGrade;
  /** False when the grade or weight is a configuration choice not checked against a source. */
  verified: boolean;
  weight: number;
  language: string;
  spans: Span[];
}

/** What the engine says about one ad. Spans index `text`, the analysed text. */
export interface AdAnalysis {
  id: string;
  /** Title, a newline and the body, cut at the length cap: the text every span indexes. */
  text: string;
  truncated: boolean;
  language: Language;
  extractions: Extraction[];
  flags: IndicatorFlag[];
  /** Noisy-OR of the weights of distinct indicators found, in [0, 1]. */
  indicatorScore: number;
}

export interface SkippedAd {
  /** The ad's id, or its position in the batch when it has none. */
  id: string;
  reason: SkipReason;
}

/** A shared template: fixed words and numbered slots, e.g. "hi i m {name} {age} yo new in {city}". */
export interface Template {
  /** Fixed tokens and slots, in order. */
  parts: ({ kind: "text"; text: string } | { kind: "slot"; slot: number; name: string })[];
  /** The template as one line, slots in braces. */
  text: string;
  /** The ad the others were aligned against. */
  medoid: string;
  /** How many member ads were aligned to find the fixed words. */
  sampled: number;
}

export interface ClusterResult {
  /** The smallest member ad id: stable whatever the input order. */
  id: string;
  size: number;
  /** Member ad ids, sorted. */
  members: string[];
  template: Template | null;
  network: string;
}

export type LinkType = "phone" | "email" | "handle" | "url";

/** An identifier carried by ads of more than one cluster: the evidence that ties a network. */
export interface NetworkLink {
  type: LinkType;
  value: string;
  clusters: string[];
  ads: string[];
}

export interface ScoreComponent {
  name: "indicators" | "size" | "posting-rate" | "places" | "identifier-reuse" | "obfuscation";
  /** The measured quantity (e.g. 14 ads, 3 places, 0.4 ads/day). */
  value: number;
  /** Mapped to [0, 1]. */
  normalised: number;
  weight: number;
  /** weight × normalised × 100: the components add up to the score. */
  contribution: number;
  explanation: string;
}

export interface NetworkResult {
  /** The smallest member cluster id. */
  id: string;
  rank: number;
  score: number;
  components: ScoreComponent[];
  clusters: string[];
  ads: number;
  links: NetworkLink[];
  /** Identifier values in the network by type, with how many ads carry each. */
  identifiers: { type: LinkType; value: string; ads: number }[];
  places: { country: string; city: string; ads: number }[];
  /** Ads per day (UTC), for ads with a date. */
  timeline: { day: string; ads: number }[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Indicators seen in the network, most frequent first. */
  indicators: { indicator: string; ads: number }[];
}

/** Where one ad ended up, with its values for its cluster template's slots. */
export interface Assignment {
  ad: string;
  cluster: string;
  network: string | null;
  slots: string[];
}

export interface ScanSummary {
  received: number;
  analysed: number;
  truncated: number;
  skipped: Record<SkipReason, number>;
  clusters: number;
  networks: number;
  largestCluster: number;
  largestNetwork: number;
}

export interface ScanResult {
  engine: string;
  lexicon: string;
  gazetteer: string;
  parameters: Record<string, number>;
  summary: ScanSummary;
  skipped: SkippedAd[];
  /** Ranked, best first. */
  networks: NetworkResult[];
  /** Clusters with more than one ad or in a network of more than one ad. */
  clusters: ClusterResult[];
  /** One per analysed ad, in the order ads were added. */
  assignments: Assignment[];
}
