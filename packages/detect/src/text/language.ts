/** The languages the lexicon covers; "und" when none stands out. */
export type Language = "en" | "fr" | "es" | "ro" | "und";

const STOPWORDS: Record<Exclude<Language, "und">, string[]> = {
  en: [
    "the",
    "and",
    "you",
    "for",
    "with",
    "call",
    "me",
    "my",
    "your",
    "new",
    "in",
    "is",
    "to",
    "are",
    "we",
    "work",
    "hour",
    "years",
    "old",
    "hi",
    "am",
  ],
  fr: [
    "le",
    "la",
    "les",
    "et",
    "pour",
    "avec",
    "je",
    "suis",
    "vous",
    "moi",
    "mon",
    "nouvelle",
    "des",
    "une",
    "travail",
    "ans",
    "heure",
    "bonjour",
    "est",
    "sur",
  ],
  es: [
    "el",
    "los",
    "las",
    "y",
    "para",
    "con",
    "soy",
    "tu",
    "mi",
    "nueva",
    "que",
    "del",
    "una",
    "trabajo",
    "anos",
    "hora",
    "hola",
    "por",
    "muy",
    "estoy",
  ],
  ro: [
    "si",
    "sunt",
    "pentru",
    "cu",
    "de",
    "la",
    "din",
    "noua",
    "esti",
    "eu",
    "ma",
    "te",
    "ani",
    "ora",
    "munca",
    "salut",
    "oras",
    "este",
    "fata",
    "in",
  ],
};

const WEIGHTS = new Map<string, [Language, number][]>();
for (const [language, words] of Object.entries(STOPWORDS) as [Exclude<Language, "und">, string[]][]) {
  for (const w of words) {
    const list = WEIGHTS.get(w) ?? [];
    list.push([language, 1]);
    WEIGHTS.set(w, list);
  }
}

/** The most likely language from stop-word counts over normalised tokens. */
export function detectLanguage(words: readonly string[]): Language {
  let en = 0;
  let fr = 0;
  let es = 0;
  let ro = 0;
  for (const w of words) {
    const hits = WEIGHTS.get(w);
    if (!hits) continue;
    for (const [language] of hits) {
      if (language === "en") en++;
      else if (language === "fr") fr++;
      else if (language === "es") es++;
      else ro++;
    }
  }
  const best = Math.max(en, fr, es, ro);
  if (best < 2) return "und";
  // Ties go in a fixed order, so the answer never depends on anything but the words.
  if (en === best) return "en";
  if (fr === best) return "fr";
  if (es === best) return "es";
  return "ro";
}
