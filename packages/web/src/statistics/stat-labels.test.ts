import {
  AGE_GROUPS,
  CITIZENSHIP_GROUPS,
  REGISTRATION_STATUSES,
  SEXES,
  STAT_FORMS,
  TRAFFICKER_STAGES,
} from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import en from "../i18n/locales/en.json";
import { tableKey } from "./stat-labels.ts";

/** The tables the server publishes (packages/server/src/stats/tables.ts). */
const TABLE_IDS = [
  "victims.status",
  "victims.sex",
  "victims.age_group",
  "victims.age_band",
  "victims.citizenship_group",
  "victims.sex_by_age",
  "victims.flows",
  "victims.citizenship",
  "victims.exploitation_country",
  "victims.form",
  "victims.sex_by_form",
  "traffickers.stage",
  "traffickers.stage_by_sex",
];

describe("the labels of the statistics", () => {
  it("name every table", () => {
    for (const id of TABLE_IDS) expect(Object.hasOwn(en.statistics.tables, tableKey(id)), id).toBe(true);
  });

  it("translate every category the Eurostat definitions have, unknown and total", () => {
    const codes = [
      ...SEXES,
      ...AGE_GROUPS,
      ...CITIZENSHIP_GROUPS,
      ...STAT_FORMS,
      ...REGISTRATION_STATUSES,
      ...TRAFFICKER_STAGES,
      "unknown",
      "TOTAL",
    ];
    for (const code of codes) expect(Object.hasOwn(en.statistics.categories, code), code).toBe(true);
  });
});
