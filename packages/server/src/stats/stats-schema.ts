import { z } from "zod";
import { AGE_BANDS, AGE_GROUPS, CITIZENSHIP_GROUPS, plainText, STAT_FORMS } from "@ariadne/domain";
import { AGGREGATE_INDICATORS } from "./imports/types.ts";
import { MAX_COMBINATION_LENGTH, MAX_SYNTHETIC_RECORDS, SYNTHETIC_ATTRIBUTES } from "./synthetic.ts";

/** A published table: cells and margins ("TOTAL"), null where withheld, with its protection. */
export const statTable = z
  .object({
    id: z.string(),
    title: z.string(),
    dimensions: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        categories: z.array(z.object({ code: z.string(), label: z.string() })),
      }),
    ),
    cells: z.array(
      z.object({ categories: z.array(z.string()), value: z.int().nullable().describe("null: withheld") }),
    ),
    protection: z.object({
      method: z.enum(["exact", "suppression", "dp-geometric"]),
      threshold: z.int().optional(),
      epsilon: z.string().optional(),
      delta: z.string().optional(),
      note: z.string(),
    }),
    unit: z.string(),
    year: z.int().optional(),
  })
  .meta({ id: "StatTable" });

export const release = z
  .object({
    id: z.uuid(),
    datasetId: z.uuid(),
    year: z.int(),
    title: z.string(),
    method: z.enum(["suppression", "dp-geometric"]),
    parameters: z.record(z.string(), z.unknown()),
    tables: z.array(statTable),
    public: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: "StatRelease" });

export type StatTable = z.infer<typeof statTable>;

/** A whole number, refused in words ("must be a whole number") rather than by type. */
const whole = () =>
  z.int({
    error: (issue) => (issue.input === undefined ? "is required" : "must be a whole number"),
  });

const rationalText = z
  .string()
  .regex(/^\d+(\.\d+)?(\/\d+)?$/, "must be a positive number such as 0.5 or 1/2");

/**
 * What a statistician asks of a synthesis. Shared by the route and the CLI, so both refuse
 * the same options with the same words; the service checks again what depends on the data.
 */
export const synthesisRequest = z
  .strictObject({
    datasetId: z.uuid(),
    title: plainText(200),
    fromYear: whole()
      .min(1990, "must be 1990 or later")
      .max(2100, "must be 2100 or earlier")
      .describe("First year of registration of the records"),
    toYear: whole()
      .min(1990, "must be 1990 or later")
      .max(2100, "must be 2100 or earlier")
      .describe("Last year of registration of the records"),
    attributes: z
      .array(
        z.enum(SYNTHETIC_ATTRIBUTES, {
          error: (issue) =>
            `"${String(issue.input)}" is not an attribute; choose from ${SYNTHETIC_ATTRIBUTES.join(", ")}`,
        }),
      )
      .min(1, "must name at least one attribute")
      .max(SYNTHETIC_ATTRIBUTES.length)
      .refine((list) => new Set(list).size === list.length, "must not name an attribute twice"),
    combinationLength: whole()
      .min(1, "must be at least 1")
      .max(MAX_COMBINATION_LENGTH, `must be at most ${MAX_COMBINATION_LENGTH}`)
      .default(2)
      .describe("Longest combination of attributes the protected marginals hold (k)"),
    method: z.enum(["suppression", "dp-geometric"]),
    threshold: whole()
      .min(2, "must be at least 2")
      .max(100, "must be at most 100")
      .default(5)
      .describe(
        "Suppression: combinations seen fewer times are removed. Also the rarity limit of the risk report",
      ),
    epsilon: rationalText
      .refine((v) => !/^0+(\.0+)?(\/\d+)?$/.test(v), "must be greater than 0")
      .refine((v) => !/\/0+$/.test(v), "must not divide by zero")
      .optional()
      .describe("Total ε of the DP marginals, charged to the dataset's budget (dp-geometric only)"),
    records: whole()
      .min(1, "must be at least 1")
      .max(MAX_SYNTHETIC_RECORDS, `must be at most ${MAX_SYNTHETIC_RECORDS}`)
      .optional()
      .describe("Records to make; by default the protected total"),
  })
  .superRefine((value, ctx) => {
    if (value.toYear < value.fromYear)
      ctx.addIssue({ code: "custom", path: ["toYear"], message: "must not be before fromYear" });
    if (value.combinationLength > value.attributes.length)
      ctx.addIssue({
        code: "custom",
        path: ["combinationLength"],
        message: `must be at most the number of attributes (${value.attributes.length})`,
      });
    if (value.method === "dp-geometric" && value.epsilon === undefined)
      ctx.addIssue({ code: "custom", path: ["epsilon"], message: "is required for differential privacy" });
    if (value.method === "suppression" && value.epsilon !== undefined)
      ctx.addIssue({ code: "custom", path: ["epsilon"], message: "is only for differential privacy" });
  });
export type SynthesisRequest = z.infer<typeof synthesisRequest>;

const lengthUtility = z.object({
  length: z.int(),
  sensitive: z.int(),
  published: z.int(),
  suppressed: z.int(),
  synthetic: z.int(),
  invented: z.int().describe("Always 0: no record holds a combination the protected marginals lack"),
  fabricated: z.int(),
  preserved: z.int(),
  meanAbsoluteError: z.number(),
  meanRelativeError: z.number(),
});

/** A synthetic microdata release as listed: its parameters and utility (never the risk). */
export const syntheticRelease = z
  .object({
    id: z.uuid(),
    datasetId: z.uuid(),
    title: z.string(),
    method: z.enum(["suppression", "dp-geometric"]),
    parameters: z.object({
      fromYear: z.int(),
      toYear: z.int(),
      attributes: z.array(z.string()),
      combinationLength: z.int(),
      threshold: z.int(),
      requestedRecords: z.int().nullable().describe("null: the protected total"),
      tables: z.int().describe("Marginal tables protected (attribute subsets of up to k)"),
      epsilon: z.string().optional(),
      epsilonPerTable: z.string().optional(),
      delta: z.string().optional(),
      selectionThreshold: z.int().optional().describe("DP: noisy counts must exceed it to be kept"),
    }),
    records: z.int().describe("Records made"),
    utility: z.object({
      sensitiveRecords: z.int(),
      syntheticRecords: z.int(),
      abandoned: z.int().describe("Records given up after dead ends"),
      invented: z.int(),
      byLength: z.array(lengthUtility).readonly(),
    }),
    createdAt: z.string(),
  })
  .meta({ id: "StatSyntheticRelease" });
export type SyntheticReleaseView = z.infer<typeof syntheticRelease>;

/** The re-identification risk of the data a synthesis came from: internal (stats.exact). */
export const syntheticRisk = z
  .object({
    threshold: z.int(),
    records: z.int(),
    byLength: z
      .array(z.object({ length: z.int(), rareCombinations: z.int(), recordsWithRare: z.int() }))
      .readonly(),
    recordsWithRare: z.int(),
    uniqueRecords: z.int(),
    syntheticMatchingUnique: z.int().nullable(),
  })
  .meta({ id: "StatSyntheticRisk" });

/** One published figure of an imported aggregate dataset (GLOTIP, Eurostat), as imported. */
export const aggregateCell = z
  .object({
    source: z.string().describe('"eurostat:crim_thb_vctz", "unodc:glotip", …'),
    sourceNote: z.string().optional(),
    indicator: z.enum(AGGREGATE_INDICATORS),
    year: z.int(),
    area: z.string().describe("The area as the file names it"),
    country: z.string().nullable().describe("ISO 3166-1 alpha-2 when the area is a country"),
    sex: z.enum(["female", "male", "total", "unknown"]),
    ageGroup: z.enum([...AGE_GROUPS, "total", "unknown"]),
    ageBand: z.enum(AGE_BANDS).optional(),
    form: z.enum([...STAT_FORMS, "total", "unknown"]),
    citizenship: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("total") }),
      z.object({ kind: z.literal("unknown") }),
      z.object({
        kind: z.literal("group"),
        group: z.enum([...CITIZENSHIP_GROUPS, "foreign", "stateless"]),
      }),
      z.object({ kind: z.literal("country"), country: z.string() }),
    ]),
    unit: z.enum(["persons", "per_100k_inhabitants"]),
    value: z.union([
      z.object({ exact: z.number() }),
      z
        .object({ range: z.tuple([z.number(), z.number()]).readonly() })
        .describe('A published bound: GLOTIP\'s "<5" is [1, 4]'),
      z.object({ missing: z.enum(["not_available", "confidential"]) }),
    ]),
    flags: z.string().optional().describe('Eurostat observation flags, e.g. "p" (provisional)'),
    row: z.int().describe("The record number in the imported file"),
  })
  .meta({ id: "StatAggregateCell" });
