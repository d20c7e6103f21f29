import type { TFunction } from "i18next";
import { CAS_STATUS, CASE_PARTS } from "../api/protect-vocabulary.ts";
import type { CaseHistoryEntry } from "../api/types.ts";
import { pickOne } from "../forms/picklist.ts";

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

/** What an entry's details say, in words: fields changed, parts read or shared, a move. */
export function historyDetail(t: TFunction, entry: Pick<CaseHistoryEntry, "action" | "details">): string {
  const { details } = entry;
  const from = typeof details.from === "string" ? details.from : null;
  const to = typeof details.to === "string" ? details.to : null;
  if (entry.action === "case.status" && from !== null && to !== null) {
    const label = (code: string) => {
      const status = pickOne(CAS_STATUS, code);
      return status === null ? code : t(`htcds.caseStatus.${status}`);
    };
    return t("cases.history.move", { from: label(from), to: label(to) });
  }
  if (entry.action === "case.stage" && from !== null && to !== null)
    return t("cases.history.move", { from, to });
  if (details.parts === "all") return t("cases.history.allParts");
  const parts = strings(details.parts).map((code) => {
    const part = pickOne(CASE_PARTS, code);
    return part === null ? code : t(`protect.parts.${part}`);
  });
  if (parts.length > 0) return t("cases.history.parts", { parts: parts.join(", ") });
  const fields = strings(details.fields);
  if (fields.length > 0) return t("cases.history.fields", { fields: fields.join(", ") });
  return "";
}
