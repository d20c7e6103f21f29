import type { Indicator } from "../../catalogue.ts";
import { grades, M, S, W } from "./grades.ts";
import { control } from "./htcds-values.ts";

const dimension = "coercion_at_destination";

/** D5. Coercion at destination: 15 indicators in every set. */
export const COERCION_AT_DESTINATION: Indicator[] = [
  {
    id: "d5.confiscation_of_documents",
    dimension,
    grades: grades(S, S),
    verified: true,
    label: { en: "Confiscation of documents", fr: "Confiscation des documents", de: "Abnahme der Dokumente" },
    prompt: {
      en: {
        default:
          "Does someone else keep your passport or ID papers, so that you cannot have them when you want?",
        labour_inspection:
          "Does your employer or anyone else here keep your passport, ID card or work permit?",
      },
      fr: {
        default:
          "Quelqu’un d’autre garde-t-il votre passeport ou vos papiers d’identité, de sorte que vous ne pouvez pas les avoir quand vous le souhaitez ?",
        labour_inspection:
          "Votre employeur ou une autre personne ici garde-t-il votre passeport, votre carte d’identité ou votre permis de travail ?",
      },
      de: {
        default:
          "Bewahrt jemand anderes Ihren Pass oder Ihre Ausweispapiere auf, sodass Sie sie nicht bekommen, wenn Sie sie brauchen?",
        labour_inspection:
          "Behält Ihr Arbeitgeber oder jemand anderes hier Ihren Pass, Ihren Ausweis oder Ihre Arbeitserlaubnis?",
      },
    },
    htcds: [control("WithholdsDocuments")],
  },
  {
    id: "d5.debt_bondage",
    dimension,
    grades: grades(S, S),
    verified: true,
    label: { en: "Debt bondage", fr: "Servitude pour dettes", de: "Schuldknechtschaft" },
    prompt: {
      en: {
        default:
          "Do you owe money to the people you work for, or to someone who found you this work, and do you have to keep working to pay it off?",
        labour_inspection:
          "Do you owe money to your employer or a recruiter, for example for fees, travel or housing, that is taken from your pay or that you must work off?",
      },
      fr: {
        default:
          "Devez-vous de l’argent aux personnes pour qui vous travaillez, ou à quelqu’un qui vous a trouvé ce travail, et devez-vous continuer à travailler pour le rembourser ?",
        labour_inspection:
          "Devez-vous de l’argent à votre employeur ou à un recruteur, par exemple pour des frais, le voyage ou le logement, qui est retenu sur votre salaire ou que vous devez rembourser en travaillant ?",
      },
      de: {
        default:
          "Schulden Sie den Personen, für die Sie arbeiten, oder jemandem, der Ihnen diese Arbeit vermittelt hat, Geld, und müssen Sie weiterarbeiten, um es abzuzahlen?",
        labour_inspection:
          "Schulden Sie Ihrem Arbeitgeber oder einer Vermittlungsperson Geld, etwa für Gebühren, die Reise oder die Unterkunft, das vom Lohn abgezogen wird oder das Sie abarbeiten müssen?",
      },
    },
    htcds: [control("DebtBondage")],
  },
  {
    id: "d5.isolation_confinement_surveillance",
    dimension,
    grades: grades(S, S),
    verified: true,
    label: {
      en: "Isolation, confinement or surveillance",
      fr: "Isolement, enfermement ou surveillance",
      de: "Isolation, Einsperren oder Überwachung",
    },
    prompt: {
      en: {
        default:
          "Are you stopped from leaving the place where you work or live, watched all the time, or kept from contacting family or friends?",
        health:
          "When you come for care, does someone always come with you, wait for you or check what you say?",
      },
      fr: {
        default:
          "Vous empêche-t-on de quitter le lieu où vous travaillez ou vivez, vous surveille-t-on en permanence, ou vous empêche-t-on de contacter votre famille ou vos amis ?",
        health:
          "Quand vous venez vous faire soigner, quelqu’un vous accompagne-t-il toujours, vous attend-il ou contrôle-t-il ce que vous dites ?",
      },
      de: {
        default:
          "Werden Sie daran gehindert, den Ort zu verlassen, an dem Sie arbeiten oder wohnen, ständig überwacht oder davon abgehalten, Familie oder Freunde zu kontaktieren?",
        health:
          "Wenn Sie zur Behandlung kommen, begleitet Sie dann immer jemand, wartet auf Sie oder kontrolliert, was Sie sagen?",
      },
    },
    // HTCDS defines RestrictsMovement, but the 2.0 picklist does not offer it.
    htcds: [],
  },
  {
    id: "d5.violence_on_victims",
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
        default: "Here, has anyone hurt you or used force against you, in any way?",
        health:
          "Do you have any injuries or pain that someone here caused? Have you been able to get medical care for them?",
      },
      fr: {
        default:
          "Ici, quelqu’un vous a-t-il fait du mal ou a-t-il usé de la force contre vous, de quelque manière que ce soit ?",
        health:
          "Avez-vous des blessures ou des douleurs causées par quelqu’un ici ? Avez-vous pu recevoir des soins pour cela ?",
      },
      de: {
        default:
          "Hat Ihnen hier jemand wehgetan oder Gewalt gegen Sie angewendet, in welcher Form auch immer?",
        health:
          "Haben Sie Verletzungen oder Schmerzen, die Ihnen jemand hier zugefügt hat? Konnten Sie deswegen medizinische Hilfe bekommen?",
      },
    },
    htcds: [control("PhysicalAbuse")],
  },
  {
    id: "d5.threats_of_violence",
    dimension,
    grades: grades(M, S),
    verified: true,
    label: {
      en: "Threats of violence against the person",
      fr: "Menaces de violence envers la personne",
      de: "Androhung von Gewalt gegen die Person",
    },
    prompt: {
      en: { default: "Here, has anyone threatened to hurt you?" },
      fr: { default: "Ici, quelqu’un a-t-il menacé de vous faire du mal ?" },
      de: { default: "Hat Ihnen hier jemand gedroht, Ihnen wehzutun?" },
    },
    htcds: [control("PhysicalThreats")],
  },
  {
    id: "d5.forced_into_illicit_activities",
    dimension,
    grades: grades(M, S),
    verified: true,
    label: {
      en: "Forced into illicit or criminal activities",
      fr: "Contrainte à des activités illicites ou criminelles",
      de: "Zwang zu unerlaubten oder kriminellen Tätigkeiten",
    },
    prompt: {
      en: {
        default:
          "Have you been made to do things that are against the law, for example stealing, selling drugs or begging, when you did not want to?",
        police:
          "Have you had to do anything against the law, for example stealing, carrying or selling drugs, or begging, because someone forced or pressured you?",
      },
      fr: {
        default:
          "Vous a-t-on fait faire des choses contraires à la loi, par exemple voler, vendre de la drogue ou mendier, alors que vous ne le vouliez pas ?",
        police:
          "Avez-vous dû faire des choses contraires à la loi, par exemple voler, transporter ou vendre de la drogue, ou mendier, parce que quelqu’un vous y forçait ou faisait pression sur vous ?",
      },
      de: {
        default:
          "Mussten Sie gegen Ihren Willen Dinge tun, die gegen das Gesetz verstoßen, zum Beispiel stehlen, Drogen verkaufen oder betteln?",
        police:
          "Mussten Sie etwas Gesetzwidriges tun, zum Beispiel stehlen, Drogen transportieren oder verkaufen oder betteln, weil jemand Sie gezwungen oder unter Druck gesetzt hat?",
      },
    },
    htcds: [],
  },
  {
    id: "d5.forced_tasks_or_clients",
    dimension,
    // Strong in both sexual-exploitation sets, as the reference states.
    grades: grades(M, S, { adult: S }),
    verified: true,
    label: {
      en: "Forced tasks or clients",
      fr: "Tâches ou clients imposés",
      de: "Aufgezwungene Tätigkeiten oder Kunden",
    },
    prompt: {
      en: {
        default:
          "Are you made to do tasks, or to see clients, that you do not want to, or not allowed to refuse?",
      },
      fr: {
        default:
          "Vous impose-t-on des tâches ou des clients que vous ne voulez pas, ou vous interdit-on de refuser ?",
      },
      de: {
        default:
          "Müssen Sie Tätigkeiten übernehmen oder Kunden annehmen, die Sie nicht wollen, oder dürfen Sie nicht ablehnen?",
      },
    },
    htcds: [],
  },
  {
    id: "d5.under_strong_influence",
    dimension,
    grades: grades(M, S),
    verified: true,
    label: { en: "Under strong influence", fr: "Sous forte emprise", de: "Unter starkem Einfluss" },
    prompt: {
      en: {
        default:
          "Does someone here have such a hold over you, for example through fear, love, promises, alcohol or drugs, that you feel you cannot say no to them?",
        health:
          "Are you given alcohol, drugs or medicines by the people you work for, or does someone have such a hold over you that you feel you cannot say no?",
      },
      fr: {
        default:
          "Quelqu’un ici a-t-il une telle emprise sur vous, par exemple par la peur, l’amour, des promesses, l’alcool ou la drogue, que vous avez le sentiment de ne pas pouvoir lui dire non ?",
        health:
          "Les personnes pour qui vous travaillez vous donnent-elles de l’alcool, des drogues ou des médicaments, ou quelqu’un a-t-il une telle emprise sur vous que vous avez le sentiment de ne pas pouvoir dire non ?",
      },
      de: {
        default:
          "Hat hier jemand so viel Macht über Sie, zum Beispiel durch Angst, Liebe, Versprechen, Alkohol oder Drogen, dass Sie das Gefühl haben, nicht Nein sagen zu können?",
        health:
          "Bekommen Sie von den Personen, für die Sie arbeiten, Alkohol, Drogen oder Medikamente, oder hat jemand so viel Macht über Sie, dass Sie das Gefühl haben, nicht Nein sagen zu können?",
      },
    },
    // The influence is psychological, chemical or both.
    htcds: [control("PsychologicalAbuse"), control("PsychoactiveSubstance")],
  },
  {
    id: "d5.forced_to_act_against_peers",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Forced to act against other victims",
      fr: "Contrainte d’agir contre d’autres victimes",
      de: "Zwang, gegen andere Betroffene vorzugehen",
    },
    prompt: {
      en: {
        default:
          "Have you been made to control, watch, punish or recruit other people who work or live with you?",
      },
      fr: {
        default:
          "Vous a-t-on fait contrôler, surveiller, punir ou recruter d’autres personnes qui travaillent ou vivent avec vous ?",
      },
      de: {
        default:
          "Mussten Sie andere Menschen, die mit Ihnen arbeiten oder leben, kontrollieren, überwachen, bestrafen oder anwerben?",
      },
    },
    htcds: [],
  },
  {
    id: "d5.forced_to_lie",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Forced to lie to authorities, family or others",
      fr: "Contrainte de mentir aux autorités, à la famille ou à d’autres",
      de: "Zwang, Behörden, Familie oder andere zu belügen",
    },
    prompt: {
      en: {
        default:
          "Have you been told what to say, or to lie, to the police, officials, your family or people like me?",
        border_guard:
          "Were you told what to say to border or immigration officers, for example about your journey, your work or the people you travel with?",
      },
      fr: {
        default:
          "Vous a-t-on dit quoi dire, ou demandé de mentir, à la police, aux autorités, à votre famille ou à des personnes comme moi ?",
        border_guard:
          "Vous a-t-on dit quoi répondre aux agents de la frontière ou de l’immigration, par exemple sur votre voyage, votre travail ou les personnes avec qui vous voyagez ?",
      },
      de: {
        default:
          "Wurde Ihnen gesagt, was Sie der Polizei, Behörden, Ihrer Familie oder Menschen wie mir sagen sollen, oder sollten Sie lügen?",
        border_guard:
          "Wurde Ihnen gesagt, was Sie den Grenz- oder Einwanderungsbehörden antworten sollen, zum Beispiel über Ihre Reise, Ihre Arbeit oder die Personen, mit denen Sie reisen?",
      },
    },
    htcds: [],
  },
  {
    id: "d5.threat_of_denunciation",
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
        default: "Here, has anyone threatened to report you to the police or immigration authorities?",
        police:
          "Here, has anyone told you that the police would arrest or punish you, or threatened to report you to them or to immigration?",
      },
      fr: {
        default:
          "Ici, quelqu’un a-t-il menacé de vous dénoncer à la police ou aux services de l’immigration ?",
        police:
          "Ici, quelqu’un vous a-t-il dit que la police vous arrêterait ou vous punirait, ou a-t-il menacé de vous dénoncer à elle ou aux services de l’immigration ?",
      },
      de: {
        default: "Hat hier jemand gedroht, Sie bei der Polizei oder der Einwanderungsbehörde anzuzeigen?",
        police:
          "Hat Ihnen hier jemand gesagt, dass die Polizei Sie festnehmen oder bestrafen würde, oder gedroht, Sie bei ihr oder der Einwanderungsbehörde anzuzeigen?",
      },
    },
    htcds: [control("ThreatsLawEnforcement")],
  },
  {
    id: "d5.threat_of_worse_working_conditions",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Threat of even worse working conditions",
      fr: "Menace de conditions de travail encore pires",
      de: "Drohung mit noch schlechteren Arbeitsbedingungen",
    },
    prompt: {
      en: {
        default:
          "Has anyone threatened to give you worse work, longer hours, less pay or a worse place to live if you complain or refuse?",
      },
      fr: {
        default:
          "Quelqu’un a-t-il menacé de vous donner un travail plus dur, des horaires plus longs, moins d’argent ou un logement pire si vous vous plaignez ou refusez ?",
      },
      de: {
        default:
          "Hat jemand gedroht, Ihnen schlechtere Arbeit, längere Arbeitszeiten, weniger Geld oder eine schlechtere Unterkunft zu geben, wenn Sie sich beschweren oder ablehnen?",
      },
    },
    htcds: [],
  },
  {
    id: "d5.violence_on_family",
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
          "Have the people you work for, or people connected to them, hurt your family or threatened to hurt them?",
      },
      fr: {
        default:
          "Les personnes pour qui vous travaillez, ou des personnes liées à elles, ont-elles fait du mal à votre famille ou menacé de lui en faire ?",
      },
      de: {
        default:
          "Haben die Personen, für die Sie arbeiten, oder Menschen aus ihrem Umfeld Ihrer Familie wehgetan oder gedroht, ihr wehzutun?",
      },
    },
    htcds: [control("ThreatensChildrenFamily")],
  },
  {
    id: "d5.withholding_of_wages",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: { en: "Withholding of wages", fr: "Rétention des salaires", de: "Einbehalten des Lohns" },
    prompt: {
      en: {
        default: "Does someone keep your pay, or hold it back until later?",
        labour_inspection: "Is your pay held back, paid late, or handed to someone other than you?",
      },
      fr: {
        default: "Quelqu’un garde-t-il votre salaire, ou le retient-il jusqu’à plus tard ?",
        labour_inspection:
          "Votre salaire est-il retenu, versé en retard ou remis à une autre personne que vous ?",
      },
      de: {
        default: "Behält jemand Ihren Lohn ein oder hält ihn bis später zurück?",
        labour_inspection:
          "Wird Ihr Lohn zurückgehalten, verspätet gezahlt oder an jemand anderen als Sie ausgezahlt?",
      },
    },
    htcds: [control("TakesEarnings")],
  },
  {
    id: "d5.threat_to_inform_family_community",
    dimension,
    grades: grades(W, M),
    verified: true,
    label: {
      en: "Threat to inform family, community or public",
      fr: "Menace d’informer la famille, la communauté ou le public",
      de: "Drohung, Familie, Gemeinschaft oder Öffentlichkeit zu informieren",
    },
    prompt: {
      en: {
        default:
          "Here, has anyone threatened to tell your family, your community or other people about your work or your situation?",
      },
      fr: {
        default:
          "Ici, quelqu’un a-t-il menacé de parler de votre travail ou de votre situation à votre famille, à votre communauté ou à d’autres personnes ?",
      },
      de: {
        default:
          "Hat hier jemand gedroht, Ihrer Familie, Ihrer Gemeinschaft oder anderen Menschen von Ihrer Arbeit oder Ihrer Situation zu erzählen?",
      },
    },
    // Shaming and humiliation are part of HTCDS's definition of psychological abuse.
    htcds: [control("PsychologicalAbuse")],
  },
];
