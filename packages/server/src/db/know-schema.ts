/**
 * Know: datasets for statistics, imported observations, and every protected release with its
 * parameters. The live case data is the dataset of kind `cases`; its observations are
 * computed from the case tables, never copied.
 */
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
