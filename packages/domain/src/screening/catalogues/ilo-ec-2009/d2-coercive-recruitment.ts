import type { Indicator } from "../../catalogue.ts";
import { grades, M, S } from "./grades.ts";
import { control, exploitation } from "./htcds-values.ts";

const dimension = "coercive_recruitment";

/** D2. Coercive recruitment (including transfer and transport): 10 indicators in every set. */
export const COERCIVE_RECRUITMENT: Indicator[] = [
  {
    id: "d2.violence_on_victims",
    dimension,
    grades: grades(S, S),
    verified: true,
    label: {
      en: "Violence against the person",
      fr: "Violence envers la personne",
      de: "Gewalt gegen die Person",
    },
    prompt: {
      en: {
        default:
          "While you were being recruited or brought here, did anyone hurt you or use force against you?",
        health:
          "While you were being recruited or brought here, were you injured by anyone? Were you able to get medical care for it?",
      },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un vous a-t-il fait du mal ou a-t-il usé de la force contre vous ?",
        health:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un vous a-t-il causé des blessures ? Avez-vous pu recevoir des soins ?",
      },
      de: {
        default:
          "Hat Ihnen während der Anwerbung oder auf dem Weg hierher jemand wehgetan oder Gewalt gegen Sie angewendet?",
        health:
          "Wurden Sie während der Anwerbung oder auf dem Weg hierher von jemandem verletzt? Konnten Sie deswegen medizinische Hilfe bekommen?",
      },
    },
    htcds: [control("PhysicalAbuse")],
  },
  {
    id: "d2.threats_of_violence",
    dimension,
    grades: grades(M, S),
    verified: true,
    label: {
      en: "Threats of violence against the person",
      fr: "Menaces de violence envers la personne",
      de: "Androhung von Gewalt gegen die Person",
    },
    prompt: {
      en: { default: "While you were being recruited or brought here, did anyone threaten to hurt you?" },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un a-t-il menacé de vous faire du mal ?",
      },
      de: {
        default: "Hat Ihnen während der Anwerbung oder auf dem Weg hierher jemand gedroht, Ihnen wehzutun?",
      },
    },
    htcds: [control("PhysicalThreats")],
  },
  {
    id: "d2.abduction_forced_marriage_adoption_sale",
    dimension,
    grades: grades(M, S),
    verified: true,
    label: {
      en: "Abduction, forced marriage, forced adoption or sale of the person",
      fr: "Enlèvement, mariage forcé, adoption forcée ou vente de la personne",
      de: "Entführung, Zwangsheirat, Zwangsadoption oder Verkauf der Person",
    },
    prompt: {
      en: {
        default:
          "Were you taken away against your will, made to marry, given away for adoption, or handed over to someone in exchange for money?",
      },
      fr: {
        default:
          "Avez-vous vécu un enlèvement, un mariage ou une adoption imposés, ou une remise à une autre personne en échange d’argent ?",
      },
      de: {
        default:
          "Wurden Sie gegen Ihren Willen mitgenommen, zu einer Heirat oder Adoption gezwungen oder gegen Geld an jemanden übergeben?",
      },
    },
    htcds: [exploitation("ForcedMarriage"), exploitation("ForcedAdoption")],
  },
  {
    id: "d2.debt_bondage",
    dimension,
    grades: grades(M, S),
    verified: true,
    label: { en: "Debt bondage", fr: "Servitude pour dettes", de: "Schuldknechtschaft" },
    prompt: {
      en: {
        default:
          "Before or during the journey, did you get into a debt, for example for travel, papers or a job, that you were told to pay off by working?",
      },
      fr: {
        default:
          "Avant ou pendant le voyage, avez-vous contracté une dette, par exemple pour le voyage, des papiers ou un emploi, qu’on vous a dit de rembourser en travaillant ?",
      },
      de: {
        default:
          "Haben Sie vor oder während der Reise Schulden gemacht, zum Beispiel für die Reise, Papiere oder eine Stelle, die Sie durch Arbeit abzahlen sollten?",
      },
    },
    htcds: [control("DebtBondage")],
  },
  {
    id: "d2.confiscation_of_documents",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Confiscation of documents",
      fr: "Confiscation des documents",
      de: "Abnahme der Dokumente",
    },
    prompt: {
      en: {
        default:
          "While you were being recruited or brought here, did someone take your passport or ID papers and keep them?",
        border_guard:
          "During the journey, did someone else keep your passport or ID papers, even when you asked for them?",
      },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un a-t-il pris et gardé votre passeport ou vos papiers d’identité ?",
        border_guard:
          "Pendant le voyage, quelqu’un d’autre a-t-il gardé votre passeport ou vos papiers d’identité, même quand vous les demandiez ?",
      },
      de: {
        default:
          "Hat Ihnen während der Anwerbung oder auf dem Weg hierher jemand Ihren Pass oder Ihre Ausweispapiere abgenommen und behalten?",
        border_guard:
          "Hat während der Reise jemand anderes Ihren Pass oder Ihre Ausweispapiere behalten, auch wenn Sie danach gefragt haben?",
      },
    },
    htcds: [control("WithholdsDocuments")],
  },
  {
    id: "d2.isolation_confinement_surveillance",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Isolation, confinement or surveillance",
      fr: "Isolement, enfermement ou surveillance",
      de: "Isolation, Einsperren oder Überwachung",
    },
    prompt: {
      en: {
        default:
          "While you were being recruited or brought here, were you locked in, watched all the time, or stopped from contacting other people?",
      },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un vous empêchait-il de sortir, vous surveillait-il en permanence ou vous empêchait-il de contacter d’autres personnes ?",
      },
      de: {
        default:
          "Wurden Sie während der Anwerbung oder auf dem Weg hierher eingesperrt, ständig überwacht oder daran gehindert, mit anderen Menschen Kontakt aufzunehmen?",
      },
    },
    // HTCDS defines RestrictsMovement, but the 2.0 picklist does not offer it.
    htcds: [],
  },
  {
    id: "d2.threat_of_denunciation",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Threat of denunciation to the authorities",
      fr: "Menace de dénonciation aux autorités",
      de: "Drohung mit Anzeige bei den Behörden",
    },
    prompt: {
      en: {
        default:
          "While you were being recruited or brought here, did anyone threaten to report you to the police or immigration authorities?",
        police:
          "While you were being recruited or brought here, did anyone threaten to report you to the police or immigration, or tell you that the police would punish you?",
      },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un a-t-il menacé de vous dénoncer à la police ou aux services de l’immigration ?",
        police:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un a-t-il menacé de vous dénoncer à la police ou aux services de l’immigration, ou vous a-t-il dit que la police vous punirait ?",
      },
      de: {
        default:
          "Hat während der Anwerbung oder auf dem Weg hierher jemand gedroht, Sie bei der Polizei oder der Einwanderungsbehörde anzuzeigen?",
        police:
          "Hat während der Anwerbung oder auf dem Weg hierher jemand gedroht, Sie bei der Polizei oder der Einwanderungsbehörde anzuzeigen, oder Ihnen gesagt, dass die Polizei Sie bestrafen würde?",
      },
    },
    htcds: [control("ThreatsLawEnforcement")],
  },
  {
    id: "d2.threat_to_inform_family_community",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Threat to inform family, community or public",
      fr: "Menace d’informer la famille, la communauté ou le public",
      de: "Drohung, Familie, Gemeinschaft oder Öffentlichkeit zu informieren",
    },
    prompt: {
      en: {
        default:
          "While you were being recruited or brought here, did anyone threaten to tell your family, your community or other people things about you?",
      },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un a-t-il menacé de raconter des choses sur vous à votre famille, à votre communauté ou à d’autres personnes ?",
      },
      de: {
        default:
          "Hat während der Anwerbung oder auf dem Weg hierher jemand gedroht, Ihrer Familie, Ihrer Gemeinschaft oder anderen Menschen etwas über Sie zu erzählen?",
      },
    },
    // Shaming and humiliation are part of HTCDS's definition of psychological abuse.
    htcds: [control("PsychologicalAbuse")],
  },
  {
    id: "d2.violence_on_family",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Violence against family (threatened or actual)",
      fr: "Violence envers la famille (menacée ou réelle)",
      de: "Gewalt gegen die Familie (angedroht oder ausgeübt)",
    },
    prompt: {
      en: {
        default:
          "While you were being recruited or brought here, did anyone hurt your family, or threaten to hurt them?",
      },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un a-t-il fait du mal à votre famille, ou menacé de lui en faire ?",
      },
      de: {
        default:
          "Hat während der Anwerbung oder auf dem Weg hierher jemand Ihrer Familie wehgetan oder gedroht, ihr wehzutun?",
      },
    },
    htcds: [control("ThreatensChildrenFamily")],
  },
  {
    id: "d2.withholding_of_money",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: { en: "Withholding of money", fr: "Rétention d’argent", de: "Einbehalten von Geld" },
    prompt: {
      en: {
        default:
          "While you were being recruited or brought here, did anyone keep your money or stop you from using it?",
      },
      fr: {
        default:
          "Pendant votre recrutement ou votre trajet jusqu’ici, quelqu’un a-t-il gardé votre argent ou vous en a-t-il bloqué l’accès ?",
      },
      de: {
        default:
          "Hat während der Anwerbung oder auf dem Weg hierher jemand Ihr Geld einbehalten oder Sie daran gehindert, es zu benutzen?",
      },
    },
    htcds: [control("RestrictsFinancialAccess")],
  },
];
