import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { STAT_SYNTHETIC_ATTRIBUTES, type StatSyntheticAttribute } from "../api/vocabulary.ts";
import en from "../i18n/locales/en.json";

type OwnName = keyof typeof en.statistics.synthetic.attributeNames;

function isAttribute(name: string): name is StatSyntheticAttribute {
  return (STAT_SYNTHETIC_ATTRIBUTES as readonly string[]).includes(name);
}

/** Attributes whose table label would be ambiguous among the attributes (the groups) have their own. */
function hasOwnName(name: string): name is OwnName {
  return Object.hasOwn(en.statistics.synthetic.attributeNames, name);
}

/** An attribute of synthetic records in words; a name this app does not know, as it is. */
export function useAttributeLabel(): (name: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (name: string) => {
      if (hasOwnName(name)) return t(`statistics.synthetic.attributeNames.${name}`);
      return isAttribute(name) && name !== "year" ? t(`statistics.dimensions.${name}`) : name;
    },
    [t],
  );
}
