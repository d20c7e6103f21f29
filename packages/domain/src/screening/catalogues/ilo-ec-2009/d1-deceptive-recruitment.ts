import type { Indicator } from "../../catalogue.ts";
import { grades, M, S, W } from "./grades.ts";
import { control } from "./htcds-values.ts";

const dimension = "deceptive_recruitment";

/** D1. Deceptive recruitment (including transfer and transport): 10 indicators in every set. */
export const DECEPTIVE_RECRUITMENT: Indicator[] = [
  {
    id: "d1.nature_of_job",
    dimension,
    grades: grades(S, S),
    verified: true,
    label: {
      en: "Deceived about the nature of the job, location or employer",
      fr: "Tromperie sur la nature du travail, le lieu ou l’employeur",
      de: "Täuschung über die Art der Arbeit, den Ort oder den Arbeitgeber",
    },
    prompt: {
      en: {
        default:
          "Were you told one thing about the job, the place or the employer, and found something different when you arrived?",
        labour_inspection:
          "Is the work you do here, the place or the employer different from what you were told before you started?",
      },
      fr: {
        default:
          "Vous a-t-on présenté le travail, le lieu ou l’employeur d’une certaine manière, et avez-vous trouvé autre chose à votre arrivée ?",
        labour_inspection:
          "Le travail que vous faites ici, le lieu ou l’employeur sont-ils différents de ce qu’on vous avait dit avant de commencer ?",
      },
      de: {
        default:
          "Wurde Ihnen über die Arbeit, den Ort oder den Arbeitgeber etwas anderes gesagt, als Sie bei Ihrer Ankunft vorgefunden haben?",
        labour_inspection:
          "Unterscheiden sich die Arbeit, die Sie hier machen, der Ort oder der Arbeitgeber von dem, was Ihnen vor Arbeitsbeginn gesagt wurde?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.conditions_of_work",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived about conditions of work",
      fr: "Tromperie sur les conditions de travail",
      de: "Täuschung über die Arbeitsbedingungen",
    },
    prompt: {
      en: {
        default:
          "Are the working conditions, such as hours, breaks or days off, different from what you were promised?",
        labour_inspection:
          "Are the hours, breaks, days off or safety at this workplace different from what you were promised when you were hired?",
      },
      fr: {
        default:
          "Les conditions de travail, par exemple les horaires, les pauses ou les jours de repos, sont-elles différentes de ce qu’on vous avait promis ?",
        labour_inspection:
          "Les horaires, les pauses, les jours de repos ou la sécurité sur ce lieu de travail sont-ils différents de ce qu’on vous avait promis à l’embauche ?",
      },
      de: {
        default:
          "Sind die Arbeitsbedingungen, etwa Arbeitszeiten, Pausen oder freie Tage, anders, als Ihnen versprochen wurde?",
        labour_inspection:
          "Sind Arbeitszeiten, Pausen, freie Tage oder die Sicherheit an diesem Arbeitsplatz anders, als Ihnen bei der Einstellung versprochen wurde?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.contract",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived about the content or legality of the work contract",
      fr: "Tromperie sur le contenu ou la légalité du contrat de travail",
      de: "Täuschung über Inhalt oder Rechtmäßigkeit des Arbeitsvertrags",
    },
    prompt: {
      en: {
        default:
          "Did the contract or agreement you accepted turn out to say something different from what you were told, or not to be valid?",
        labour_inspection:
          "Does your contract match the work you actually do and the pay you actually receive?",
      },
      fr: {
        default:
          "Le contrat ou l’accord que vous avez accepté s’est-il révélé différent de ce qu’on vous avait dit, ou sans valeur ?",
        labour_inspection:
          "Votre contrat correspond-il au travail que vous faites réellement et au salaire que vous recevez réellement ?",
      },
      de: {
        default:
          "Hat sich der Vertrag oder die Vereinbarung, der Sie zugestimmt haben, als anders als angekündigt oder als ungültig herausgestellt?",
        labour_inspection:
          "Entspricht Ihr Vertrag der Arbeit, die Sie tatsächlich machen, und dem Lohn, den Sie tatsächlich erhalten?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.family_reunification",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived about family reunification",
      fr: "Tromperie sur le regroupement familial",
      de: "Täuschung über Familienzusammenführung",
    },
    prompt: {
      en: {
        default:
          "Were you promised that you could bring your family or be reunited with them, and it did not happen?",
      },
      fr: {
        default:
          "Vous avait-on promis que vous pourriez faire venir votre famille ou la retrouver, sans que cela se réalise ?",
      },
      de: {
        default:
          "Wurde Ihnen versprochen, dass Sie Ihre Familie nachholen oder wiedersehen können, und ist das nicht geschehen?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.housing_and_living_conditions",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived about housing and living conditions",
      fr: "Tromperie sur le logement et les conditions de vie",
      de: "Täuschung über Unterkunft und Lebensbedingungen",
    },
    prompt: {
      en: { default: "Is the place where you live, or how you live, different from what you were promised?" },
      fr: {
        default:
          "Le lieu où vous vivez, ou vos conditions de vie, sont-ils différents de ce qu’on vous avait promis ?",
      },
      de: {
        default: "Sind Ihre Unterkunft oder Ihre Lebensbedingungen anders, als Ihnen versprochen wurde?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.legal_documentation",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived about legal documents or obtaining a legal migration status",
      fr: "Tromperie sur les documents officiels ou l’obtention d’un statut migratoire légal",
      de: "Täuschung über Ausweis- und Aufenthaltsdokumente oder einen legalen Aufenthaltsstatus",
    },
    prompt: {
      en: {
        default:
          "Were you told that you would get papers, a visa or a permit to stay or work legally, and it turned out not to be true?",
        border_guard:
          "Were you told that the visa, permit or papers you travelled with were valid for the work you were going to do, and it turned out not to be true?",
      },
      fr: {
        default:
          "Vous avait-on dit que vous obtiendriez des papiers, un visa ou un permis pour séjourner ou travailler légalement, et cela s’est-il révélé faux ?",
        border_guard:
          "Vous avait-on dit que le visa, le permis ou les papiers avec lesquels vous avez voyagé étaient valables pour le travail que vous alliez faire, et cela s’est-il révélé faux ?",
      },
      de: {
        default:
          "Wurde Ihnen gesagt, dass Sie Papiere, ein Visum oder eine Erlaubnis bekommen, um legal hier zu leben oder zu arbeiten, und hat sich das als falsch herausgestellt?",
        border_guard:
          "Wurde Ihnen gesagt, dass das Visum, die Erlaubnis oder die Papiere, mit denen Sie gereist sind, für die vorgesehene Arbeit gültig sind, und hat sich das als falsch herausgestellt?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.travel_and_recruitment_conditions",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived about travel and recruitment conditions",
      fr: "Tromperie sur les conditions du voyage et du recrutement",
      de: "Täuschung über Reise- und Anwerbungsbedingungen",
    },
    prompt: {
      en: {
        default: "Was the journey, or what it cost you, different from what you were told before you left?",
        border_guard:
          "Was the way you travelled, the route or the cost of the journey different from what you were told before you left?",
      },
      fr: {
        default:
          "Le voyage, ou ce qu’il vous a coûté, était-il différent de ce qu’on vous avait dit avant le départ ?",
        border_guard:
          "Le moyen de transport, l’itinéraire ou le coût du voyage étaient-ils différents de ce qu’on vous avait dit avant le départ ?",
      },
      de: {
        default:
          "War die Reise oder das, was sie Sie gekostet hat, anders, als Ihnen vor der Abreise gesagt wurde?",
        border_guard:
          "Waren die Art der Reise, die Route oder die Reisekosten anders, als Ihnen vor der Abreise gesagt wurde?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.wages_earnings",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived about wages or earnings",
      fr: "Tromperie sur le salaire ou les gains",
      de: "Täuschung über Lohn oder Verdienst",
    },
    prompt: {
      en: {
        default: "Is the money you earn different from what you were promised?",
        labour_inspection:
          "Is the pay you receive here different from the pay you were promised when you were hired?",
      },
      fr: {
        default: "L’argent que vous gagnez est-il différent de ce qu’on vous avait promis ?",
        labour_inspection:
          "Le salaire que vous recevez ici est-il différent de celui qu’on vous avait promis à l’embauche ?",
      },
      de: {
        default: "Ist das Geld, das Sie verdienen, anders, als Ihnen versprochen wurde?",
        labour_inspection:
          "Unterscheidet sich der Lohn, den Sie hier erhalten, von dem Lohn, der Ihnen bei der Einstellung versprochen wurde?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.marriage_or_adoption",
    dimension,
    grades: grades(M, M),
    verified: true,
    label: {
      en: "Deceived by promises of marriage or adoption",
      fr: "Tromperie par des promesses de mariage ou d’adoption",
      de: "Täuschung durch Heirats- oder Adoptionsversprechen",
    },
    prompt: {
      en: {
        default:
          "Were you promised marriage, a relationship or adoption, and it turned out to be something else?",
      },
      fr: {
        default:
          "Vous avait-on promis un mariage, une relation ou une adoption, et cela s’est-il révélé être autre chose ?",
      },
      de: {
        default:
          "Wurde Ihnen eine Heirat, eine Beziehung oder eine Adoption versprochen, und hat sich das als etwas anderes herausgestellt?",
      },
    },
    htcds: [control("FalsePromises")],
  },
  {
    id: "d1.access_to_education",
    dimension,
    // Weak for adults, strong for children.
    grades: grades(W, S),
    verified: true,
    label: {
      en: "Deceived about access to education",
      fr: "Tromperie sur l’accès à l’éducation",
      de: "Täuschung über den Zugang zu Bildung",
    },
    prompt: {
      en: {
        default: "Were you promised school, training or study, and it did not happen?",
        social_work:
          "Were you or your family promised that you would go to school or get training here, and it did not happen?",
      },
      fr: {
        default: "Vous avait-on promis l’école, une formation ou des études, sans que cela se réalise ?",
        social_work:
          "Vous avait-on promis, à vous ou à votre famille, que vous iriez à l’école ou suivriez une formation ici, sans que cela se réalise ?",
      },
      de: {
        default: "Wurde Ihnen Schule, Ausbildung oder ein Studium versprochen, und ist das nicht geschehen?",
        social_work:
          "Wurde Ihnen oder Ihrer Familie versprochen, dass Sie hier zur Schule gehen oder eine Ausbildung machen, und ist das nicht geschehen?",
      },
    },
    htcds: [control("FalsePromises")],
  },
];
