import { DEFAULT_NRM_PATHWAY } from "@ariadne/domain";
import type { NrmPathway, NrmStage } from "../api/types.ts";

/** The shipped default pathway (OSCE/ODIHR NRM Handbook), as the API types stages. */
export const DEFAULT_STAGES: NrmStage[] = DEFAULT_NRM_PATHWAY.map((stage) => ({
  key: stage.key,
  label: stage.label,
  ...(stage.reflection === true ? { reflection: true } : {}),
}));

/**
 * The configured pathways, with the default (`*`) one first. Until someone configures it, the
 * server applies the shipped default without storing it, so it is added here.
 */
export function withDefaultPathway(pathways: readonly NrmPathway[]): NrmPathway[] {
  const fallback = pathways.find((pathway) => pathway.country === "*") ?? {
    country: "*",
    stages: DEFAULT_STAGES,
    version: 0,
  };
  return [fallback, ...pathways.filter((pathway) => pathway.country !== "*")];
}

export interface StageOption {
  value: string;
  label: string;
}

/** Every stage of every pathway, once each, in pathway order: the case list filters on a stage key. */
export function stageOptions(pathways: readonly NrmPathway[]): StageOption[] {
  const seen = new Map<string, string>();
  for (const pathway of withDefaultPathway(pathways)) {
    for (const stage of pathway.stages) if (!seen.has(stage.key)) seen.set(stage.key, stage.label);
  }
  return [...seen].map(([value, label]) => ({ value, label }));
}
