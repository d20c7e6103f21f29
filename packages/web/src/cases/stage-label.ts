import { DEFAULT_NRM_PATHWAY } from "@ariadne/domain";
import type { TFunction } from "i18next";

const DEFAULT_STAGE_KEYS = [
  "first_contact",
  "screening",
  "reasonable_grounds",
  "reflection",
  "formal_identification",
  "assistance",
  "reintegration",
  "closure",
] as const;
type DefaultStageKey = (typeof DEFAULT_STAGE_KEYS)[number];

function defaultKey(key: string): DefaultStageKey | undefined {
  return DEFAULT_STAGE_KEYS.find((candidate) => candidate === key);
}

/**
 * A stage's name. Pathways are configured per country with labels in the configurer's words;
 * a stage of the shipped default pathway that still carries its default label is translated.
 */
export function stageLabel(t: TFunction, key: string, label: string): string {
  const known = defaultKey(key);
  const shipped = DEFAULT_NRM_PATHWAY.find((stage) => stage.key === key);
  return known !== undefined && shipped?.label === label ? t(`cases.nrmStages.${known}`) : label;
}
