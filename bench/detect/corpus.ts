/**
 * A seeded synthetic corpus of ads with ground truth, for the detect benchmark.
 *
 * Families (the truth clusters) are advertisers: each has its own template — sentences picked
 * from per-language pools with synonyms chosen once per family — and slots filled per ad
 * (name, age, city, phone, price, handle), plus a line of its own (a tagline from a word list),
 * as advertisers write some text of their own. Ads get noise (dropped and misspelt words, emoji,
 * case), phones in many disguises (spelled out in the family's language, spaced, dotted,
 * fullwidth, look-alike letters), and boilerplate shared by unrelated advertisers to provoke
 * false merges: very common lines (which the stop-shingle filter should drop) and rarer
 * "site disclaimers" (which the verification threshold must resist). Groups of families share a
 * phone number: the truth networks. Languages: English, French, Spanish, Romanian; sexual-service
 * ads and labour-recruitment offers.
 */

export interface CorpusAd {
  id: string;
  text: string;
  date: string;
  place: string;
}

export interface CorpusTruth {
  /** Family (truth cluster) of each ad, by position. */
  family: Int32Array;
  /** Network of each family's ads, by position. */
  network: Int32Array;
}

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = "en" | "fr" | "es" | "ro";
const LANGS: Lang[] = ["en", "fr", "es", "ro"];

/** Sentence pools: `[a|b|c]` is a synonym chosen once per family; `{slot}` is filled per ad. */
const SEX: Record<Lang, string[]> = {
  en: [
    "[Hi|Hello|Hey there|Hi guys|Welcome gentlemen] [I'm|I am|my name is|call me] {name}, {age} [yo|years old|y.o.]",
    "[new in|just arrived in|visiting|now in|back in] {city} [for a few days|this week|only today|for you|again]",
    "[sweet|sexy|elegant|naughty|charming|classy|gorgeous] [and|&] [discreet|playful|educated|passionate|friendly|fun] [girl|lady|companion|brunette|blonde]",
    "[real photos|100% real pics|no fake|genuine pictures|verified photos] [guaranteed|always|only|promise|no surprises]",
    "[call|text|whatsapp|message|contact] [me|now|anytime|baby] {phone}",
    "[incall and outcall|outcall only|incall only|hotel visits only|your place or mine] [available|possible|ok|welcome]",
    "[{price} for 30min|{price} per hour|{price}/1h|rates from {price}|{price} the hour]",
    "[available 24/7|available day and night|open all night|24 hours service|available anytime]",
    "[no rush|unrushed|relaxed|gentle|VIP] [service|experience|meetings|time] [with|for] [gentlemen|generous men|respectful clients|nice guys|everyone]",
    "[snap|telegram|insta] {handle}",
    "[I speak|speaking|my languages:|I talk] [english and spanish|a little english|russian and english|french and english|only english]",
    "[new girl|young and fresh|petite and young|fresh face|sweet and young] [in the area|in town|just for you|here|now]",
  ],
  fr: [
    "[Bonjour|Coucou|Salut|Bonsoir messieurs|Hello] [je suis|moi c'est|je m'appelle|ici] {name}, {age} ans",
    "[nouvelle à|de passage à|juste arrivée à|en visite à|disponible à] {city} [quelques jours|cette semaine|aujourd'hui|pour vous|encore]",
    "[jolie|douce|coquine|élégante|charmante|sensuelle] [et|&] [discrète|souriante|raffinée|câline|joueuse] [femme|demoiselle|brune|blonde|étudiante]",
    "[photos réelles|vraies photos|100% réelle|pas de fake|photos vérifiées] [garanties|toujours|promis|sans surprise]",
    "[appelez|écrivez|contactez|sms] [moi|vite|maintenant|au] {phone}",
    "[déplacement uniquement|reçois et me déplace|uniquement en appartement|hôtel uniquement|chez vous ou chez moi] [possible|disponible|ok]",
    "[{price} la demi-heure|{price} l'heure|{price}/1h|à partir de {price}|{price} pour 1h]",
    "[disponible 24h/24|jour et nuit|7j/7 24h/24|à toute heure|non stop]",
    "[pas de sms|pas de numéro masqué|pas de prise de tête|rendez-vous tranquille|moment agréable] [merci|svp|messieurs|bisous]",
    "[snap|telegram|insta] {handle}",
    "[je parle|langues:|je comprends] [français et anglais|un peu français|anglais seulement|espagnol et français|russe]",
    "[toute jeune|jeune et fraîche|petite jeune|nouvelle fille|jeune étudiante] [dans le coin|en ville|pour vous|ici]",
  ],
  es: [
    "[Hola|Buenas|Hola chicos|Holaa|Bienvenidos] [soy|me llamo|aquí|yo soy] {name}, {age} años",
    "[nueva en|recién llegada a|de paso por|visitando|estoy en] {city} [unos días|esta semana|solo hoy|para ti|otra vez]",
    "[dulce|sexy|elegante|traviesa|simpática|cariñosa] [y|&] [discreta|educada|apasionada|divertida|morbosa] [chica|señorita|morena|rubia|latina]",
    "[fotos reales|100% real|sin engaños|fotos verificadas|fotos auténticas] [garantizado|siempre|lo prometo|sin sorpresas]",
    "[llama|escribe|whatsapp|contacta] [me|ya|ahora|al] {phone}",
    "[solo salidas|salidas y piso|solo en mi piso|solo hotel|a domicilio] [disponible|posible|ok]",
    "[{price} media hora|{price} la hora|{price}/1h|desde {price}|{price} por hora]",
    "[24 horas|día y noche|disponible siempre|a cualquier hora|sin parar]",
    "[sin prisas|trato de novia|ambiente discreto|encuentros tranquilos|buen rollo] [para caballeros|con educación|para ti|siempre]",
    "[snap|telegram|insta] {handle}",
    "[hablo|idiomas:|entiendo] [español e inglés|poco español|solo inglés|portugués y español|ruso]",
    "[jovencita|joven y fresquita|nena nueva|chica nueva|recién cumplidos] [en la zona|en la ciudad|para ti|aquí]",
  ],
  ro: [
    "[Salut|Bună|Hei|Bună seara|Bine ați venit] [sunt|mă numesc|aici e|eu sunt] {name}, {age} de ani",
    "[nouă în|proaspăt venită în|în trecere prin|acum în|din nou în] {city} [câteva zile|săptămâna asta|doar azi|pentru tine|iar]",
    "[dulce|sexy|elegantă|jucăușă|drăguță|pasională] [și|&] [discretă|educată|veselă|tandră|cochetă] [fată|domnișoară|brunetă|blondă|studentă]",
    "[poze reale|100% reale|fără fake|poze verificate|poze autentice] [garantat|mereu|promit|fără surprize]",
    "[sună|scrie|whatsapp|contactează] [mă|acum|oricând|la] {phone}",
    "[doar deplasări|deplasări și la mine|doar la mine|doar la hotel|la tine sau la mine] [disponibil|posibil|ok]",
    "[{price} jumătate de oră|{price} ora|{price}/1h|de la {price}|{price} pe oră]",
    "[non stop|zi și noapte|disponibilă oricând|la orice oră|24 din 24]",
    "[fără grabă|atmosferă discretă|întâlniri relaxate|doar domni|bună dispoziție] [pentru domni|cu respect|pentru tine|mereu]",
    "[snap|telegram|insta] {handle}",
    "[vorbesc|limbi:|înțeleg] [română și engleză|puțină engleză|doar română|italiană și română|rusă]",
    "[tinerică|tânără și proaspătă|fetiță nouă|fată nouă|abia 18] [în zonă|în oraș|pentru tine|aici]",
  ],
};

const LABOUR: Record<Lang, string[]> = {
  en: [
    "[URGENT|Urgent hiring|Now hiring|Jobs available|Great opportunity]: [farm workers|warehouse staff|hotel cleaners|construction workers|care assistants|factory packers] [in|for|needed in] {city}",
    "[no experience needed|no experience required|no qualifications|training provided|beginners welcome]",
    "[high salary|excellent pay|great wages|earn up to] {price} [per month|monthly|a month|net]",
    "[travel paid|tickets covered|visa provided|flight included|transport arranged] [by the company|by us|free|for you]",
    "[accommodation provided|free housing|room included|lodging by employer|housing offered] [near work|on site|shared|free]",
    "[registration fee|processing fee|small fee|visa fee|placement fee] of {price} [required|to apply|before departure|in advance]",
    "[passport kept safe|documents kept by employer|hand over your passport|papers kept safely|we keep your documents] [on arrival|for safety|during work|until contract]",
    "[departure this week|leave immediately|urgent departure|start tomorrow|travel asap]",
    "[contact only via whatsapp|whatsapp only|telegram only|text only|message on whatsapp] {phone}",
    "[ask for|contact|speak to] {name} [manager|recruiter|coordinator|agent]",
  ],
  fr: [
    "[URGENT|Recrutement urgent|On recrute|Offre d'emploi|Belle opportunité]: [ouvriers agricoles|manutentionnaires|femmes de chambre|maçons|aides à domicile|emballeurs] [à|pour|recherchés à] {city}",
    "[sans expérience|aucune expérience|pas besoin d'expérience|formation assurée|débutants acceptés]",
    "[gros salaire|très bon salaire|salaire élevé|gagnez jusqu'à] {price} [par mois|mensuel|net|le mois]",
    "[billet payé|voyage payé|visa fourni|transport pris en charge|billet offert] [par l'entreprise|par nous|gratuit|pour vous]",
    "[logement fourni|logement offert|hébergement gratuit|logé nourri|hébergement assuré] [près du travail|sur place|partagé|gratuit]",
    "[frais d'inscription|frais de dossier|frais de visa|frais de placement|acompte] de {price} [à payer|avant le départ|d'avance|obligatoire]",
    "[passeport gardé|papiers gardés en sécurité|remettre votre passeport|documents conservés|nous gardons vos papiers] [à l'arrivée|par sécurité|pendant le contrat|au bureau]",
    "[départ urgent|départ immédiat|départ cette semaine|partir demain|départ rapide]",
    "[uniquement par whatsapp|whatsapp uniquement|telegram uniquement|sms uniquement|seulement par whatsapp] {phone}",
    "[demandez|contactez|appelez] {name} [responsable|recruteur|coordinateur|agent]",
  ],
  es: [
    "[URGENTE|Se busca|Contratamos|Oferta de empleo|Gran oportunidad]: [jornaleros|mozos de almacén|camareras de piso|albañiles|cuidadoras|envasadores] [en|para|necesarios en] {city}",
    "[sin experiencia|no se requiere experiencia|no necesitas experiencia|formación incluida|principiantes bienvenidos]",
    "[buen sueldo|salario alto|excelente sueldo|gana hasta] {price} [al mes|mensuales|netos|por mes]",
    "[viaje pagado|pasaje pagado|visa incluida|billete incluido|transporte gratis] [por la empresa|por nosotros|gratis|para ti]",
    "[alojamiento incluido|vivienda gratis|casa y comida|alojamiento gratuito|hospedaje asegurado] [cerca del trabajo|en el lugar|compartido|gratis]",
    "[cuota de inscripción|tasa de trámite|pago de trámites|cuota de colocación|gastos de trámites] de {price} [obligatorio|antes de viajar|por adelantado|para empezar]",
    "[pasaporte guardado|documentos guardados|entregar el pasaporte|papeles en custodia|guardamos tus documentos] [al llegar|por seguridad|durante el contrato|en la oficina]",
    "[salida inmediata|salida urgente|viaje inmediato|incorporación inmediata|sales mañana]",
    "[solo whatsapp|solo por whatsapp|whatsapp únicamente|solo telegram|solo mensajes] {phone}",
    "[pregunta por|contacta a|habla con] {name} [encargado|reclutador|coordinador|agente]",
  ],
  ro: [
    "[URGENT|Angajăm urgent|Angajăm|Ofertă de muncă|Ocazie bună]: [muncitori agricoli|lucrători depozit|cameriste|constructori|îngrijitoare|ambalatori] [în|pentru|căutăm în] {city}",
    "[fără experiență|nu necesită experiență|nu este necesară experiența|instruire asigurată|începători acceptați]",
    "[salariu mare|salariu foarte mare|salariu atractiv|câștig până la] {price} [pe lună|lunar|net|pe luna]",
    "[transport asigurat|bilet plătit|viza asigurată|transport gratuit|biletul inclus] [de firmă|de noi|gratuit|pentru tine]",
    "[cazare asigurată|cazare gratuită|cazare și masă|cazare inclusă|cazare oferită] [lângă muncă|la fermă|comună|gratuit]",
    "[taxa de înscriere|taxa de procesare|taxa de dosar|taxa de plasare|avans de] {price} [obligatoriu|înainte de plecare|în avans|la semnare]",
    "[pașaportul păstrat|actele păstrate|predați pașaportul|actele rămân la noi|păstrăm pașaportul] [la sosire|pentru siguranță|pe durata contractului|la birou]",
    "[plecare urgentă|plecare imediată|plecare săptămâna aceasta|plecăm mâine|plecare rapidă]",
    "[doar pe whatsapp|doar whatsapp|numai pe whatsapp|doar telegram|doar mesaje] {phone}",
    "[întrebați de|contactați|vorbiți cu] {name} [manager|recrutor|coordonator|agent]",
  ],
};

/** Lines used by many unrelated advertisers (dropped as stop shingles when common enough). */
const COMMON: Record<Lang, string[]> = {
  en: [
    "Please no private numbers and no sms, thank you",
    "Serious gentlemen only, respect and hygiene a must",
    "Check my other ads for more photos and reviews",
  ],
  fr: [
    "Merci de ne pas appeler en numéro masqué, pas de sms",
    "Messieurs sérieux uniquement, respect et hygiène exigés",
    "Voir mes autres annonces pour plus de photos",
  ],
  es: [
    "Por favor no llamadas ocultas ni mensajes, gracias",
    "Solo caballeros serios, respeto e higiene obligatorios",
    "Mira mis otros anuncios para más fotos",
  ],
  ro: [
    "Vă rog fără număr privat și fără mesaje, mulțumesc",
    "Doar domni serioși, respect și igienă obligatorii",
    "Vedeți și celelalte anunțuri pentru mai multe poze",
  ],
};

/** Long disclaimers shared by some unrelated families (a posting site's or agency's text). */
const DISCLAIMERS: string[] = [
  "This advertisement is placed by an independent adult who is over 18 and offers companionship only, any money exchanged is for time and company and nothing else is implied",
  "All models are over eighteen years of age, the site is not responsible for the content of ads, report abuse through the contact form at the bottom of the page",
  "Cette annonce est publiée par une personne majeure et indépendante, le site décline toute responsabilité quant au contenu publié par les annonceurs",
  "Este anuncio ha sido publicado por una persona mayor de edad e independiente, la web no se hace responsable del contenido de los anuncios publicados",
  "Acest anunț este publicat de o persoană majoră și independentă, site-ul nu își asumă responsabilitatea pentru conținutul anunțurilor publicate",
  "Job offers are published by third parties, we do not check employers, never pay money before you have a signed contract and see the workplace",
];

const NAMES =
  "Anna Maria Elena Sofia Lola Nina Diana Alina Bianca Carla Daniela Eva Gabriela Ioana Julia Katia Laura Monica Natalia Olga Paula Roxana Sara Tania Vera Yasmin Zoe Andrea Camila Lucia Valentina Chloe Emma Ines Jade Lea Manon Adriana Simona Irina Denisa".split(
    " ",
  );
const NAME_MALE = "Marco Andrei Pierre Carlos John Mihai Luis Paul Dan Victor".split(" ");
const CITIES: Record<Lang, { name: string; cc: string }[]> = {
  en: ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Dublin", "Liverpool", "Bristol"].map(
    (name) => ({ name, cc: "GB" }),
  ),
  fr: ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg"].map((name) => ({
    name,
    cc: "FR",
  })),
  es: ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bilbao", "Zaragoza", "Alicante"].map(
    (name) => ({ name, cc: "ES" }),
  ),
  ro: ["București", "Cluj", "Timișoara", "Iași", "Constanța", "Brașov", "Craiova", "Oradea"].map((name) => ({
    name,
    cc: "RO",
  })),
};
const CURRENCY: Record<Lang, string[]> = {
  en: ["£", "GBP "],
  fr: ["€", " euros"],
  es: ["€", " euros"],
  ro: [" lei", " RON"],
};
const DIGIT_WORDS: Record<Lang, string[]> = {
  en: "zero one two three four five six seven eight nine".split(" "),
  fr: "zéro un deux trois quatre cinq six sept huit neuf".split(" "),
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve".split(" "),
  ro: "zero unu doi trei patru cinci șase șapte opt nouă".split(" "),
};
/** Words for each advertiser's own line (a tagline): real advertisers write some text of their own. */
const TASTES =
  "jazz yoga sushi tango salsa opera poetry cinema tennis chess sailing painting cooking wine coffee chocolate travel dancing piano guitar books fashion shopping beaches mountains sunsets theatre football cycling running swimming karaoke cocktails perfume lingerie massage sauna spa gardening photography museums concerts techno reggae flamenco bachata kizomba vodka champagne tequila pizza pasta tapas ramen".split(
    " ",
  );
const TAGLINES: Record<Lang, string[]> = {
  en: [
    "I love {a}, {b}, {c} and {d}",
    "my passions: {a}, {b}, {c}, {d}",
    "ask me about {a}, {b} and {c}, I adore {d}",
  ],
  fr: [
    "j'adore {a}, {b}, {c} et {d}",
    "mes passions : {a}, {b}, {c}, {d}",
    "parlons de {a}, {b} et {c}, j'aime {d}",
  ],
  es: [
    "me encanta {a}, {b}, {c} y {d}",
    "mis pasiones: {a}, {b}, {c}, {d}",
    "háblame de {a}, {b} y {c}, adoro {d}",
  ],
  ro: [
    "iubesc {a}, {b}, {c} și {d}",
    "pasiunile mele: {a}, {b}, {c}, {d}",
    "vorbim despre {a}, {b} și {c}, ador {d}",
  ],
};

const EMOJI = ["🍒", "💋", "🔥", "❤️", "🌹", "✨", "💦", "👑", "😘", "💕"];

interface Phone {
  national: string;
  cc: string;
  e164: string;
}

/**
 * A new phone number of country `cc`, never one in `used`: a number belongs to one advertiser,
 * so two unrelated families never share one by chance (that would be a link the truth denies).
 */
function makePhone(r: () => number, cc: string, used: Set<string>): Phone {
  for (;;) {
    const phone = drawPhone(r, cc);
    if (!used.has(phone.e164)) {
      used.add(phone.e164);
      return phone;
    }
  }
}

function drawPhone(r: () => number, cc: string): Phone {
  const d = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join("");
  switch (cc) {
    case "FR": {
      const national = `0${r() < 0.5 ? 6 : 7}${d(8)}`;
      return { national, cc, e164: `+33${national.slice(1)}` };
    }
    case "ES": {
      const national = `6${d(8)}`;
      return { national, cc, e164: `+34${national}` };
    }
    case "RO": {
      const national = `07${["2", "4", "5", "6", "7"][Math.floor(r() * 5)] ?? "2"}${d(7)}`;
      return { national, cc, e164: `+40${national.slice(1)}` };
    }
    default: {
      const national = `07${["4", "5", "7", "8", "9"][Math.floor(r() * 5)] ?? "4"}${d(8)}`;
      return { national, cc: "GB", e164: `+44${national.slice(1)}` };
    }
  }
}

const FULLWIDTH = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(0xff10 + Number(c)));

/** One of many ways to write a phone number; returns the text and whether it is disguised. */
function writePhone(r: () => number, p: Phone, lang: Lang, home: string): string {
  // A number from another country (a network's phone shared across borders) is written with its
  // country code, as advertisers do: a national form would be read as a local number.
  const subscriber = p.national.startsWith("0") ? p.national.slice(1) : p.national;
  const code = p.e164.slice(0, p.e164.length - subscriber.length);
  const foreign = p.cc !== home;
  const written = writeDigits(
    r,
    foreign ? subscriber : p.national,
    lang,
    `${code} ${subscriber.slice(0, 3)} ${subscriber.slice(3, 6)} ${subscriber.slice(6)}`,
  );
  return foreign && !written.startsWith("+") ? `${code} ${written}` : written;
}

function writeDigits(r: () => number, n: string, lang: Lang, international: string): string {
  const pairs =
    n.length % 2 === 0 ? (n.match(/../g) ?? [n]) : [n.slice(0, 3), ...(n.slice(3).match(/../g) ?? [])];
  const style = Math.floor(r() * 10);
  switch (style) {
    case 0:
      return n;
    case 1:
      return pairs.join(" ");
    case 2:
      return international;
    case 3:
      return pairs.join(".");
    case 4:
      return n.split("").join(" ");
    case 5:
      return n
        .split("")
        .map((c) => (r() < 0.6 ? (DIGIT_WORDS[lang][Number(c)] ?? c) : c))
        .join(" ");
    case 6:
      return FULLWIDTH(pairs.join(" "));
    case 7:
      return n.split("").join(".");
    case 8:
      return n.replace(/0/g, "O");
    default:
      return pairs.join("-");
  }
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

/** Chooses one synonym per `[a|b]` group: done once per family, so each family has its own text. */
function fixSynonyms(r: () => number, sentence: string): string {
  return sentence.replace(/\[([^\]]+)\]/g, (_m, group: string) => pick(r, group.split("|")));
}

interface Family {
  lang: Lang;
  kind: "sex" | "labour";
  sentences: string[];
  optional: string[];
  names: string[];
  cities: { name: string; cc: string }[];
  phones: Phone[];
  handle: string;
  price: number;
  currency: string;
  start: number;
  days: number;
  disclaimer: string | null;
  common: boolean;
  /** The country of the family's own phone numbers. */
  phoneCountry: string;
}

function makeFamily(r: () => number, index: number, sharedPhone: Phone | null, used: Set<string>): Family {
  const lang = pick(r, LANGS);
  const kind = r() < 0.8 ? "sex" : "labour";
  const pool = (kind === "sex" ? SEX : LABOUR)[lang];
  const order = [...pool.keys()].sort(() => r() - 0.5);
  const count = 5 + Math.floor(r() * 4);
  const chosen = order.slice(0, Math.min(count, pool.length)).sort((a, b) => a - b);
  if (!chosen.some((i) => (pool[i] ?? "").includes("{phone}"))) {
    const at = pool.findIndex((s) => s.includes("{phone}"));
    chosen.push(at);
  }
  const sentences = chosen.map((i) => fixSynonyms(r, pool[i] ?? ""));
  // The advertiser's own line, somewhere in the ad.
  const tagline = pick(r, TAGLINES[lang]).replace(/\{([abcd])\}/g, () => pick(r, TASTES));
  sentences.splice(Math.floor(r() * (sentences.length + 1)), 0, tagline);
  const optional = order.slice(count, count + 2).map((i) => fixSynonyms(r, pool[i] ?? ""));
  const cityPool = CITIES[lang];
  const movement = r() < 0.3 ? 2 + Math.floor(r() * 3) : 1;
  const cities = Array.from({ length: movement }, () => pick(r, cityPool));
  const cc = cities[0]?.cc ?? "FR";
  const phones = [makePhone(r, cc, used)];
  const phoneCountry = phones[0]?.cc ?? cc;
  if (r() < 0.2) phones.push(makePhone(r, cc, used));
  if (sharedPhone) phones[0] = sharedPhone;
  const names = Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
    pick(r, kind === "sex" ? NAMES : NAME_MALE),
  );
  return {
    lang,
    kind,
    sentences,
    optional,
    names,
    cities,
    phones,
    // An account name is the advertiser's own: unrelated families never share one by chance.
    handle: `${(names[0] ?? "x").toLowerCase()}${r() < 0.5 ? "_" : ""}${index * 1000 + Math.floor(r() * 1000)}`,
    price: kind === "sex" ? 50 + 10 * Math.floor(r() * 20) : 1500 + 100 * Math.floor(r() * 30),
    currency: pick(r, CURRENCY[lang]),
    start: Date.UTC(2024, 0, 1) + Math.floor(r() * 300) * 86_400_000,
    days: 1 + Math.floor(r() * 60),
    disclaimer: r() < 0.15 ? pick(r, DISCLAIMERS) : null,
    common: r() < 0.5,
    phoneCountry,
  };
}

function noisy(r: () => number, text: string): string {
  const words = text.split(" ");
  const out: string[] = [];
  for (const w of words) {
    const x = r();
    if (x < 0.02) continue;
    if (x < 0.04 && w.length > 3 && !/\d/.test(w)) {
      const i = 1 + Math.floor(r() * (w.length - 2));
      out.push(w.slice(0, i) + (w[i + 1] ?? "") + (w[i] ?? "") + w.slice(i + 2));
      continue;
    }
    if (x < 0.06) out.push(w.toUpperCase());
    else out.push(w);
    if (r() < 0.02) out.push(pick(r, EMOJI));
  }
  return out.join(" ");
}

function writeAd(r: () => number, f: Family): { text: string; date: string; place: string } {
  const city = pick(r, f.cities);
  const phone = pick(r, f.phones);
  const currency = f.currency;
  const amount = f.price + (r() < 0.3 ? 10 * Math.floor(r() * 3) : 0);
  const price = currency.startsWith(" ") ? `${amount}${currency}` : `${currency}${amount}`;
  const slots: Record<string, string> = {
    name: pick(r, f.names),
    age: String(19 + Math.floor(r() * 12)),
    city: city.name,
    phone: writePhone(r, phone, f.lang, f.phoneCountry),
    price,
    handle: f.handle,
  };
  const parts = [...f.sentences];
  if (r() < 0.3 && f.optional[0]) parts.splice(Math.floor(r() * parts.length), 0, f.optional[0]);
  if (f.common && r() < 0.6) parts.push(pick(r, COMMON[f.lang]));
  if (f.disclaimer) parts.push(f.disclaimer);
  const text = noisy(
    r,
    parts.map((s) => s.replace(/\{(\w+)\}/g, (_m, k: string) => slots[k] ?? "")).join(". "),
  );
  const date = new Date(f.start + Math.floor(r() * f.days) * 86_400_000 + Math.floor(r() * 86_400_000));
  return { text, date: date.toISOString(), place: city.name };
}

/** A unique ad of no family (a one-off seller, noise). */
function loneAd(r: () => number, used: Set<string>): string {
  const lang = pick(r, LANGS);
  const pool = SEX[lang];
  return noisy(
    r,
    Array.from({ length: 3 + Math.floor(r() * 3) }, () => fixSynonyms(r, pick(r, pool)))
      .join(". ")
      .replace(/\{(\w+)\}/g, (_m, k: string) =>
        k === "phone"
          ? makePhone(r, "FR", used).national
          : k === "age"
            ? String(20 + Math.floor(r() * 10))
            : k === "city"
              ? pick(r, CITIES[lang]).name
              : k === "price"
                ? `${50 + Math.floor(r() * 200)}€`
                : pick(r, NAMES),
      ),
  );
}

/**
 * Generates `size` ads (in a shuffled order) with their truth, calling `emit` for each so that
 * a million ads never sit in memory at once.
 */
export function generateCorpus(
  size: number,
  seed: number,
  emit: (ad: CorpusAd, index: number) => void,
): CorpusTruth {
  const r = rng(seed);
  // Family sizes: a heavy tail, mean about 12; about 8% of ads are one-offs.
  const familyOf: number[] = [];
  const familyNetwork: number[] = [];
  let families = 0;
  let networks = 0;
  while (familyOf.length < size) {
    const lone = r() < 0.08;
    const n = lone ? 1 : Math.min(size - familyOf.length, 2 + Math.floor(-Math.log(1 - r()) * 10));
    for (let i = 0; i < n; i++) familyOf.push(lone ? -1 : families);
    if (!lone) {
      // About one family in five shares its phone with the previous one: a network.
      familyNetwork.push(families > 0 && r() < 0.2 ? (familyNetwork[families - 1] ?? networks) : networks++);
      families++;
    }
  }
  familyOf.length = size;
  // Shuffle positions (Fisher–Yates) so families are interleaved.
  const order = Int32Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  const made = new Map<number, Family>();
  const usedPhones = new Set<string>();
  const phonesOfNetwork = new Map<number, Phone>();
  const remaining = new Map<number, number>();
  for (const f of familyOf) if (f >= 0) remaining.set(f, (remaining.get(f) ?? 0) + 1);
  const family = new Int32Array(size);
  const network = new Int32Array(size);
  let lone = families;
  for (let pos = 0; pos < size; pos++) {
    const f = familyOf[order[pos] ?? 0] ?? -1;
    const id = `ad-${String(pos).padStart(7, "0")}`;
    if (f < 0) {
      family[pos] = lone;
      network[pos] = networks + lone;
      lone++;
      emit(
        {
          id,
          text: loneAd(r, usedPhones),
          date: new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 3e10)).toISOString(),
          place: "",
        },
        pos,
      );
      continue;
    }
    let fam = made.get(f);
    if (!fam) {
      const net = familyNetwork[f] ?? 0;
      const shared = phonesOfNetwork.get(net) ?? null;
      fam = makeFamily(r, f, shared, usedPhones);
      if (!shared && fam.phones[0]) phonesOfNetwork.set(net, fam.phones[0]);
      made.set(f, fam);
    }
    family[pos] = f;
    network[pos] = familyNetwork[f] ?? 0;
    emit({ id, ...writeAd(r, fam) }, pos);
    const left = (remaining.get(f) ?? 1) - 1;
    if (left === 0) made.delete(f);
    remaining.set(f, left);
  }
  return { family, network };
}
