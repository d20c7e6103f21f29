/**
 * Know: datasets for statistics, imported observations, and every protected release with its
 * parameters. The live case data is the dataset of kind `cases`; its observations are
 * computed from the case tables, never copied.
 */
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const statsDatasets = pgTable("stats_dataset", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  /** cases | microdata | aggregate */
  kind: text("kind").notNull(),
  /** The import format (ctdc-2017, ctdc-synthetic, glotip, eurostat), or null for cases. */
  format: text("format"),
  /** ISO alpha-2 of the country the figures are reported for (citizenship "reporting"). */
  reportingCountry: text("reporting_country").notNull(),
  /** The privacy-budget ledger (packages/privacy LedgerState), charged by every DP release. */
  ledger: jsonb("ledger").$type<unknown>().notNull(),
  importReport: jsonb("import_report").$type<unknown>(),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: ts("created_at").notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Imported microdata (CTDC): one registered victim-year per row. No names, no ids. */
export const statsObservations = pgTable(
  "stats_observation",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    datasetId: uuid("dataset_id")
      .notNull()
      .references(() => statsDatasets.id, { onDelete: "cascade" }),
    person: text("person").notNull(),
    year: integer("year").notNull(),
    status: text("status").notNull(),
    sex: text("sex"),
    age: integer("age"),
    /** Set when the source gave a band: then `age` only stands for child or adult. */
    ageBand: text("age_band"),
    citizenship: text("citizenship"),
    forms: text("forms").array().notNull(),
    countryOfExploitation: text("country_of_exploitation"),
  },
  (t) => [index("stats_observation_dataset").on(t.datasetId, t.year)],
);

/** Imported aggregates (GLOTIP, Eurostat): one published figure per row, ranges kept. */
export const statsAggregates = pgTable(
  "stats_aggregate",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    datasetId: uuid("dataset_id")
      .notNull()
      .references(() => statsDatasets.id, { onDelete: "cascade" }),
    cell: jsonb("cell").$type<unknown>().notNull(),
  },
  (t) => [index("stats_aggregate_dataset").on(t.datasetId)],
);

/** A protected release: the published tables exactly as shown, and how they were protected. */
export const statsReleases = pgTable(
  "stats_release",
  {
    id: uuid("id").primaryKey(),
    datasetId: uuid("dataset_id")
      .notNull()
      .references(() => statsDatasets.id),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    method: text("method").notNull(),
    parameters: jsonb("parameters").$type<Record<string, unknown>>().notNull(),
    tables: jsonb("tables").$type<unknown>().notNull(),
    public: boolean("public").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("stats_release_public").on(t.public, t.year)],
);

/** Binary data (PostgreSQL bytea): Uint8Array from PGlite, Buffer (a Uint8Array) from node-postgres. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * A synthetic microdata release: records generated from the protected marginals of a dataset
 * (aggregate-seeded synthesis), with how they were made and their utility and risk reports.
 * The records are category indices (`records` rows × the attributes in `parameters`), packed
 * as unsigned 16-bit little-endian integers, row-major; `attributes` gives each one's
 * categories. No person, no id: nothing in a record points back to a case.
 */
export const statsSynthetic = pgTable(
  "stats_synthetic",
  {
    id: uuid("id").primaryKey(),
    datasetId: uuid("dataset_id")
      .notNull()
      .references(() => statsDatasets.id),
    title: text("title").notNull(),
    /** suppression | dp-geometric */
    method: text("method").notNull(),
    parameters: jsonb("parameters").$type<Record<string, unknown>>().notNull(),
    /** [{ name, categories }]: the encoding of `rows`. */
    attributes: jsonb("attributes").$type<unknown>().notNull(),
    records: integer("records").notNull(),
    rows: bytea("rows").notNull(),
    /** Utility against the sensitive marginals (packages/privacy utilityReport). */
    utility: jsonb("utility").$type<unknown>().notNull(),
    /** Re-identification risk of the sensitive data (riskReport): internal, stats.exact only. */
    risk: jsonb("risk").$type<unknown>().notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("stats_synthetic_dataset").on(t.datasetId, t.createdAt)],
);
