/**
 * @ariadne/detect — a pure, streaming engine that finds trafficking indicators in online ads,
 * clusters near-duplicate ads, links clusters into networks through shared identifiers, and
 * ranks them with an explainable score. Web-standard APIs only: it runs in Node, a worker or a
 * browser. See README.md for the thresholds and why.
 */
export { DetectionEngine, scanAds, ENGINE_VERSION, type EngineOptions, type StopSet } from "./engine.ts";
export {
  AdAnalyser,
  TOKEN_KINDS,
  type AnalyseOptions,
  type PreparedAd,
  type PreparedFeatures,
  type PrepareResult,
} from "./analyse.ts";
export {
  PreparedBatchBuilder,
  batchBuffers,
  runOf,
  type PreparedBatch,
  type PreparedParts,
} from "./prepared-batch.ts";
export { normalise, toOriginal, type NormalisedText } from "./text/normalise.ts";
export { sanitize, DEFAULT_MAX_CHARS } from "./text/sanitize.ts";
export { tokenise, type Tokens } from "./text/tokenise.ts";
export { ADS_LEXICON } from "./indicators/lexicon-ads.ts";
export {
  parseLexicon,
  compilePattern,
  indicatorEntry,
  type Lexicon,
  type IndicatorDefinition,
  type IndicatorEntry,
  type LexiconIssue,
} from "./indicators/lexicon.ts";
export { GAZETTEER_VERSION, PLACES } from "./extract/gazetteer.ts";
export {
  buildTemplates,
  packBuffers,
  type BuiltTemplate,
  type BuiltTemplates,
  type TemplateData,
  type TemplatePack,
} from "./templates/template.ts";
export { DEFAULT_SCORE_WEIGHTS, scoreNetwork, type ScoreWeights, type NetworkStats } from "./rank/score.ts";
export { permutations, shingles, signature, exactJaccard } from "./cluster/minhash.ts";
export { murmur3 } from "./cluster/hash.ts";
export type * from "./types.ts";
// Reading ad files (JSON lines and CSV) into ads: the rules the server and the CLI share.
export { CsvStream, type CsvRecordResult } from "./input/csv.ts";
export {
  jsonLineToAd,
  MAX_ID_CHARS,
  MAX_PLACE_CHARS,
  MAX_ROW_CHARS,
  objectToAd,
  parseJsonObject,
  REQUIRED_IDS,
  toAd,
  type AdRow,
  type ColumnMapping,
  type MappedField,
  type RowProblem,
  type RowRules,
} from "./input/rows.ts";
export {
  AdFileError,
  CsvAdReader,
  readJsonLineAds,
  type AdFileProblem,
  type CsvAdOptions,
} from "./input/ad-file.ts";
