import type { Catalogue, Indicator } from "../catalogue.ts";
import type { Dimension } from "../vocabulary.ts";
import { DECEPTIVE_RECRUITMENT } from "./ilo-ec-2009/d1-deceptive-recruitment.ts";
import { COERCIVE_RECRUITMENT } from "./ilo-ec-2009/d2-coercive-recruitment.ts";
import { VULNERABILITY_RECRUITMENT } from "./ilo-ec-2009/d3-vulnerability-recruitment.ts";
import { EXPLOITATIVE_CONDITIONS } from "./ilo-ec-2009/d4-exploitative-conditions.ts";
import { COERCION_AT_DESTINATION } from "./ilo-ec-2009/d5-coercion-at-destination.ts";
import { VULNERABILITY_AT_DESTINATION } from "./ilo-ec-2009/d6-vulnerability-at-destination.ts";
import { exploitation } from "./ilo-ec-2009/htcds-values.ts";

const INDICATORS: Indicator[] = [
  ...DECEPTIVE_RECRUITMENT,
  ...COERCIVE_RECRUITMENT,
  ...VULNERABILITY_RECRUITMENT,
  ...EXPLOITATIVE_CONDITIONS,
  ...COERCION_AT_DESTINATION,
  ...VULNERABILITY_AT_DESTINATION,
];

const idsOf = (dimension: Dimension) => INDICATORS.filter((i) => i.dimension === dimension).map((i) => i.id);

/**
 * The catalogue Ariadne ships: the ILO/EC operational indicators of trafficking (2009) in four
 * sets, the ILO forced-labour indicators (2012) mapped onto them, and the decision rules, from
 * `shared/reference/indicators.md`. The parts the reference marks unverified are marked
 * `verified: false` (the sexual-exploitation sets, two D3 grades, the cross-dimension rule):
 * they are configuration an administrator can revise by loading a new catalogue version.
 */
export const ILO_EC_2009: Catalogue = {
  id: "ilo-ec-2009",
  version: "1.0.0",
  title: {
    en: "ILO/EC operational indicators of trafficking in human beings (2009)",
    fr: "Indicateurs opérationnels de la traite des êtres humains OIT/CE (2009)",
    de: "Operative Indikatoren für Menschenhandel von IAO und Europäischer Kommission (2009)",
  },
  sources: [
    "ILO and European Commission, Operational indicators of trafficking in human beings: results from a Delphi survey (March 2009, revised September 2009)",
    "ILO, ILO indicators of forced labour (2012)",
    "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (Palermo Protocol, 2000), Art. 3",
    "IOM, Human Trafficking Case Data Standard (HTCDS) 2.0, CC BY 4.0",
  ],
  sets: {
    adult_labour: {
      label: {
        en: "Adults: labour exploitation",
        fr: "Adultes : exploitation par le travail",
        de: "Erwachsene: Arbeitsausbeutung",
      },
      verified: true,
      htcds: [exploitation("ForcedLabour")],
    },
    adult_sexual: {
      label: {
        en: "Adults: sexual exploitation",
        fr: "Adultes : exploitation sexuelle",
        de: "Erwachsene: sexuelle Ausbeutung",
      },
      // The reference gives only two grades of the sexual sets; the rest follow the labour set.
      verified: false,
      htcds: [exploitation("SexualExploitation")],
    },
    child_labour: {
      label: {
        en: "Children: labour exploitation",
        fr: "Enfants : exploitation par le travail",
        de: "Kinder: Arbeitsausbeutung",
      },
      verified: true,
      htcds: [exploitation("ChildLabour")],
    },
    child_sexual: {
      label: {
        en: "Children: sexual exploitation",
        fr: "Enfants : exploitation sexuelle",
        de: "Kinder: sexuelle Ausbeutung",
      },
      verified: false,
      htcds: [exploitation("SexualExploitation")],
    },
  },
  indicators: INDICATORS,
  rules: {
    // Published with the lists: 2+ strong, 1 strong + 1 medium/weak, 3 medium, 2 medium + 1 weak.
    dimension: {
      anyOf: [{ strong: 2 }, { strong: 1, mediumOrWeak: 1 }, { medium: 3 }, { medium: 2, weak: 1 }],
    },
    victim: {
      // Act by some means (recruitment), exploitation, and coercion or abuse of vulnerability.
      adult: {
        all: [
          {
            any: [
              { dimension: "deceptive_recruitment" },
              { dimension: "coercive_recruitment" },
              { dimension: "vulnerability_recruitment" },
            ],
          },
          { dimension: "exploitative_conditions" },
          { any: [{ dimension: "coercion_at_destination" }, { dimension: "vulnerability_at_destination" }] },
        ],
      },
      // Palermo Protocol Art. 3(c): for a child the means are not required.
      child: {
        all: [
          {
            any: [
              { dimension: "deceptive_recruitment" },
              { dimension: "coercive_recruitment" },
              { dimension: "vulnerability_recruitment" },
            ],
          },
          { dimension: "exploitative_conditions" },
        ],
      },
    },
    // The cross-dimension formulation is unverified in the reference.
    verified: false,
  },
  forcedLabourIndicators: [
    {
      id: "abuse_of_vulnerability",
      label: {
        en: "Abuse of vulnerability",
        fr: "Abus de vulnérabilité",
        de: "Ausnutzung einer verletzlichen Lage",
      },
      indicatorIds: [...idsOf("vulnerability_recruitment"), ...idsOf("vulnerability_at_destination")],
    },
    {
      id: "deception",
      label: { en: "Deception", fr: "Tromperie", de: "Täuschung" },
      indicatorIds: [
        ...idsOf("deceptive_recruitment"),
        "d3.false_information_successful_migration",
        "d3.false_information_law_authorities",
      ],
    },
    {
      id: "restriction_of_movement",
      label: {
        en: "Restriction of movement",
        fr: "Restriction de la liberté de mouvement",
        de: "Einschränkung der Bewegungsfreiheit",
      },
      indicatorIds: ["d2.isolation_confinement_surveillance", "d5.isolation_confinement_surveillance"],
    },
    {
      id: "isolation",
      label: { en: "Isolation", fr: "Isolement", de: "Isolation" },
      indicatorIds: ["d2.isolation_confinement_surveillance", "d5.isolation_confinement_surveillance"],
    },
    {
      id: "physical_and_sexual_violence",
      label: {
        en: "Physical and sexual violence",
        fr: "Violences physiques et sexuelles",
        de: "Körperliche und sexuelle Gewalt",
      },
      indicatorIds: ["d2.violence_on_victims", "d5.violence_on_victims"],
    },
    {
      id: "intimidation_and_threats",
      label: {
        en: "Intimidation and threats",
        fr: "Intimidation et menaces",
        de: "Einschüchterung und Drohungen",
      },
      indicatorIds: [
        "d2.threats_of_violence",
        "d2.threat_of_denunciation",
        "d2.threat_to_inform_family_community",
        "d2.violence_on_family",
        "d5.threats_of_violence",
        "d5.threat_of_denunciation",
        "d5.threat_of_worse_working_conditions",
        "d5.violence_on_family",
        "d5.threat_to_inform_family_community",
      ],
    },
    {
      id: "retention_of_identity_documents",
      label: {
        en: "Retention of identity documents",
        fr: "Rétention des documents d’identité",
        de: "Einbehaltung von Ausweisdokumenten",
      },
      indicatorIds: ["d2.confiscation_of_documents", "d5.confiscation_of_documents"],
    },
    {
      id: "withholding_of_wages",
      label: { en: "Withholding of wages", fr: "Rétention des salaires", de: "Einbehaltung von Löhnen" },
      indicatorIds: ["d2.withholding_of_money", "d5.withholding_of_wages"],
    },
    {
      id: "debt_bondage",
      label: { en: "Debt bondage", fr: "Servitude pour dettes", de: "Schuldknechtschaft" },
      indicatorIds: ["d2.debt_bondage", "d5.debt_bondage"],
    },
    {
      id: "abusive_working_and_living_conditions",
      label: {
        en: "Abusive working and living conditions",
        fr: "Conditions de travail et de vie abusives",
        de: "Missbräuchliche Arbeits- und Lebensbedingungen",
      },
      indicatorIds: [
        "d4.bad_living_conditions",
        "d4.hazardous_work",
        "d4.very_bad_working_conditions",
        "d4.no_respect_of_labour_laws",
      ],
    },
    {
      id: "excessive_overtime",
      label: {
        en: "Excessive overtime",
        fr: "Heures supplémentaires excessives",
        de: "Übermäßige Überstunden",
      },
      indicatorIds: ["d4.excessive_working_hours"],
    },
  ],
};
