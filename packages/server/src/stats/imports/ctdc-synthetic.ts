import type { StatForm } from "@ariadne/domain";
import { alpha2FromAlpha3 } from "./country-table.ts";
import {
  ctdcAge,
  ctdcFlag,
  ctdcSex,
  importCtdcRows,
  registrationYear,
  formsOf,
  isUnknownMarker,
} from "./ctdc-values.ts";
import type { ColumnSpec, ImportLog, SourceRow } from "./source-table.ts";
import type { ImportError, ImportedVictim } from "./types.ts";

const MAPPED = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "citizenship",
  "CountryOfExploitation",
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
] as const;

/** 0/1 columns that are checked but not mapped (the counting model has no place for them). */
const FLAG_COLUMNS = [
  "meansDebtBondageEarnings",
  "meansThreats",
  "meansAbusePsyPhySex",
  "meansFalsePromises",
  "meansDrugsAlcohol",
  "meansDenyBasicNeeds",
  "meansExcessiveWorkHours",
  "meansWithholdDocs",
  "sectorOfLabourAgriculture",
  "sectorOfLabourConstruction",
  "sectorOfLabourDomesticWork",
  "sectorOfLabourHospitality",
  "sectorOfSexProstitution",
  "sectorOfSexPornography",
  "recruiterRelationIntimatePartner",
  "recruiterRelationFriend",
  "recruiterRelationFamily",
  "recruiterRelationOther",
] as const;

/**
 * CTDC's Global Synthetic Dataset (2021 onwards, built with Microsoft's Synthetic Data
 * Showcase): 27 columns, countries as ISO alpha-3. Earlier files name the sector columns
 * `typeOfLabour…` / `typeOfSex…`; both spellings are read.
 */
export const CTDC_SYNTHETIC_SPEC: ColumnSpec = {
  format: "ctdc-synthetic",
  required: MAPPED,
  optional: ["traffickMonths", ...FLAG_COLUMNS],
  aliases: {
    typeOfLabourAgriculture: "sectorOfLabourAgriculture",
    typeOfLabourConstruction: "sectorOfLabourConstruction",
    typeOfLabourDomesticWork: "sectorOfLabourDomesticWork",
    typeOfLabourHospitality: "sectorOfLabourHospitality",
    typeOfSexProstitution: "sectorOfSexProstitution",
    typeOfSexPornography: "sectorOfSexPornography",
  },
  ignoreLeadingIndex: true,
};

const FORM_FLAGS: readonly (readonly [string, readonly StatForm[]])[] = [
  ["isSexualExploit", ["sexual"]],
  ["isForcedLabour", ["labour"]],
  ["isOtherExploit", ["other"]],
];

export function importCtdcSynthetic(
  text: string,
  log: ImportLog,
): { victims: ImportedVictim[]; rowsRead: number } | { refused: ImportError[] } {
  return importCtdcRows(text, CTDC_SYNTHETIC_SPEC, log, mapRow);
}

function mapRow(row: SourceRow, columns: ReadonlySet<string>, log: ImportLog): ImportedVictim | undefined {
  const year = registrationYear(row, log);
  if (year === undefined) return undefined;
  for (const column of FLAG_COLUMNS) if (columns.has(column)) ctdcFlag(row.get(column), column, log);
  const age = ctdcAge(row.get("ageBroad"), "ageBroad", log);
  const ageBroad = row.get("ageBroad");
  return {
    person: `ctdc:${row.row}`,
    row: row.row,
    year,
    status: "presumed",
    sex: ctdcSex(row.get("gender"), "gender", log),
    age: age?.age ?? null,
    ageBand: age?.band ?? null,
    sourceAgeBand: isUnknownMarker(ageBroad) ? null : ageBroad,
    citizenship: alpha2(row.get("citizenship"), "citizenship", log),
    countryOfExploitation: alpha2(row.get("CountryOfExploitation"), "CountryOfExploitation", log),
    forms: formsOf(FORM_FLAGS.map(([column, forms]) => [ctdcFlag(row.get(column), column, log), forms])),
  };
}

/** ISO alpha-3 → alpha-2; empty, "-99" and "Unknown" are unknown. */
function alpha2(value: string, column: string, log: ImportLog): string | null {
  if (isUnknownMarker(value)) return null;
  const code = alpha2FromAlpha3(value);
  if (code === undefined) log.unknown(column, value);
  return code ?? null;
}
