import type { StatForm } from "@ariadne/domain";
import { countryByAlpha2 } from "./country-table.ts";
import {
  ctdcAge,
  ctdcFlag,
  ctdcMajority,
  ctdcSex,
  importCtdcRows,
  registrationYear,
  formsOf,
  isUnknownMarker,
} from "./ctdc-values.ts";
import type { ColumnSpec, ImportLog, SourceRow } from "./source-table.ts";
import type { ImportError, ImportedVictim } from "./types.ts";

/** The columns the importer maps. */
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

/** 0/1 columns: checked (an unknown value is reported) and, for the forms, mapped. */
const FLAG_COLUMNS = [
  "meansOfControlDebtBondage",
  "meansOfControlTakesEarnings",
  "meansOfControlRestrictsFinancialAccess",
  "meansOfControlThreats",
  "meansOfControlPsychologicalAbuse",
  "meansOfControlPhysicalAbuse",
  "meansOfControlSexualAbuse",
  "meansOfControlFalsePromises",
  "meansOfControlPsychoactiveSubstances",
  "meansOfControlRestrictsMovement",
  "meansOfControlRestrictsMedicalCare",
  "meansOfControlExcessiveWorkingHours",
  "meansOfControlUsesChildren",
  "meansOfControlThreatOfLawEnforcement",
  "meansOfControlWithholdsNecessities",
  "meansOfControlWithholdsDocuments",
  "meansOfControlOther",
  "meansOfControlNotSpecified",
  "isSexAndLabour",
  "isForcedMarriage",
  "isForcedMilitary",
  "isOrganRemoval",
  "isSlaveryAndPractices",
  "typeOfLabourAgriculture",
  "typeOfLabourAquafarming",
  "typeOfLabourBegging",
  "typeOfLabourConstruction",
  "typeOfLabourDomesticWork",
  "typeOfLabourHospitality",
  "typeOfLabourIllicitActivities",
  "typeOfLabourManufacturing",
  "typeOfLabourMiningOrDrilling",
  "typeOfLabourPeddling",
  "typeOfLabourTransportation",
  "typeOfLabourOther",
  "typeOfLabourNotSpecified",
  "typeOfSexProstitution",
  "typeOfSexPornography",
  "typeOfSexRemoteInteractiveServices",
  "typeOfSexPrivateSexualServices",
  "isAbduction",
  "recruiterRelationIntimatePartner",
  "recruiterRelationFriend",
  "recruiterRelationFamily",
  "recruiterRelationOther",
  "recruiterRelationUnknown",
] as const;

/** Known, not mapped, not checked: free text or CTDC's own concatenations of the flags. */
const TEXT_COLUMNS = [
  "Datasource",
  "majorityStatusAtExploit",
  "majorityEntry",
  "meansOfControlConcatenated",
  "typeOfExploitConcatenated",
  "typeOfLabourConcatenated",
  "typeOfSexConcatenated",
  "RecruiterRelationship",
] as const;

/** The 63 columns of CTDC's k-anonymised Global Dataset (2017–2020 releases). */
export const CTDC_2017_SPEC: ColumnSpec = {
  format: "ctdc-2017",
  required: MAPPED,
  optional: ["majorityStatus", ...FLAG_COLUMNS, ...TEXT_COLUMNS],
  ignoreLeadingIndex: true,
};

/**
 * Exploitation flags → the domain's forms. A person may carry several; the forms do not
 * add up to the total. Slavery and similar practices count as labour, like HTCDS
 * Servitude in the domain; forced military service as other, like HTCDS; begging and
 * illicit activities, which CTDC records as sectors of forced labour, add Eurostat's
 * begging and criminal-activities forms next to labour.
 */
const FORM_FLAGS: readonly (readonly [string, readonly StatForm[]])[] = [
  ["isSexualExploit", ["sexual"]],
  ["isForcedLabour", ["labour"]],
  ["isSexAndLabour", ["sexual", "labour"]],
  ["isForcedMarriage", ["forced_marriage"]],
  ["isForcedMilitary", ["other"]],
  ["isOrganRemoval", ["organ_removal"]],
  ["isSlaveryAndPractices", ["labour"]],
  ["isOtherExploit", ["other"]],
  ["typeOfLabourBegging", ["begging"]],
  ["typeOfLabourIllicitActivities", ["criminal_activities"]],
];

export function importCtdc2017(
  text: string,
  log: ImportLog,
): { victims: ImportedVictim[]; rowsRead: number } | { refused: ImportError[] } {
  return importCtdcRows(text, CTDC_2017_SPEC, log, mapRow);
}

function mapRow(row: SourceRow, columns: ReadonlySet<string>, log: ImportLog): ImportedVictim | undefined {
  const year = registrationYear(row, log);
  if (year === undefined) return undefined;
  const flags = new Map<string, boolean | null>();
  for (const column of [...MAPPED.filter((c) => c.startsWith("is")), ...FLAG_COLUMNS]) {
    if (columns.has(column)) flags.set(column, ctdcFlag(row.get(column), column, log));
  }
  const age =
    ctdcAge(row.get("ageBroad"), "ageBroad", log) ??
    (columns.has("majorityStatus") ? ctdcMajority(row.get("majorityStatus"), "majorityStatus", log) : null);
  const ageBroad = row.get("ageBroad");
  return {
    person: `ctdc:${row.row}`,
    row: row.row,
    year,
    // CTDC's partners assist and register victims; they are not the formal identification
    // by an authority that Eurostat calls "identified".
    status: "presumed",
    sex: ctdcSex(row.get("gender"), "gender", log),
    age: age?.age ?? null,
    ageBand: age?.band ?? null,
    sourceAgeBand: isUnknownMarker(ageBroad) ? null : ageBroad,
    citizenship: alpha2(row.get("citizenship"), "citizenship", log),
    countryOfExploitation: alpha2(row.get("CountryOfExploitation"), "CountryOfExploitation", log),
    forms: formsOf(FORM_FLAGS.map(([column, forms]) => [flags.get(column) ?? null, forms])),
  };
}

/** ISO alpha-2; "00", "-99" and empty are unknown. */
function alpha2(value: string, column: string, log: ImportLog): string | null {
  if (value === "00" || isUnknownMarker(value)) return null;
  const country = countryByAlpha2(value);
  if (country === undefined) {
    log.unknown(column, value);
    return null;
  }
  return country.alpha2;
}
