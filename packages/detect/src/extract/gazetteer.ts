/**
 * A small, shipped gazetteer: capitals and large cities of European countries, the United
 * States, Canada and a few countries of origin named in trafficking cases. Names are in
 * normalised form (lower case, no diacritics) with common English, French, Spanish and local
 * spellings separated by "|". A leading "?" marks a name that is also a common word or first
 * name ("nice", "sofia", "reading"): it counts only after a preposition ("in nice") or when
 * written with a capital letter, or in an ad's own place field.
 */
export const GAZETTEER_VERSION = "cities-2025.1";

const DATA: Record<string, string> = {
  AT: "vienna|wien|vienne|viena; graz; linz; salzburg|salzbourgo|salzburgo; innsbruck",
  BE: "brussels|bruxelles|brussel|bruselas|bruxelas; antwerp|antwerpen|anvers|amberes; ghent|gent|gand; charleroi; liege|luik|lieja; bruges|brugge|brujas",
  BG: "?sofia|sofiya; plovdiv; varna; burgas",
  HR: "zagreb; ?split; rijeka; osijek",
  CY: "nicosia|lefkosia; limassol; larnaca",
  CZ: "prague|praha|prag|praga; brno; ostrava; plzen|pilsen",
  DK: "copenhagen|kobenhavn|copenhague; aarhus; odense; aalborg",
  EE: "tallinn; tartu",
  FI: "helsinki|helsingfors; espoo; tampere; ?turku|abo; oulu",
  FR: "paris; marseille|marsella; lyon|lyons; toulouse; ?nice|niza; nantes; strasbourg|estrasburgo; montpellier; bordeaux|burdeos; lille; rennes; reims; toulon; grenoble; dijon; ?angers; nimes; aix en provence; cannes; ?tours; metz; perpignan; avignon; calais",
  DE: "berlin|berlim; hamburg|hambourg|hamburgo; munich|munchen|muenchen|munique; cologne|koln|koeln|colonia; frankfurt|francfort|francfort; stuttgart; dusseldorf|duesseldorf; dortmund; ?essen; leipzig; bremen|breme; dresden|dresde; hanover|hannover|hanovre; nuremberg|nurnberg|nuremberg; duisburg; bonn; mannheim; karlsruhe",
  GR: "athens|athina|athenes|atenas; thessaloniki|salonica|salonique; patras; heraklion",
  HU: "budapest; debrecen; szeged; miskolc; pecs",
  IE: "dublin; ?cork; limerick; galway",
  IT: "rome|roma; milan|milano|milan; naples|napoli|naples|napoles; turin|torino; palermo; genoa|genova|genes|genova; bologna|bologne|bolonia; ?florence|firenze|florencia; ?bari; catania; venice|venezia|venise|venecia; verona|verone; padua|padova",
  LV: "riga; daugavpils",
  LT: "vilnius; kaunas; klaipeda",
  LU: "luxembourg|luxemburg|luxemburgo",
  MT: "valletta|la valette; sliema",
  NL: "amsterdam|amsterdan; rotterdam|rotterdan; the hague|den haag|la haye|la haya; utrecht; eindhoven; groningen|groningue; tilburg; ?breda",
  PL: "warsaw|warszawa|varsovie|varsovia; krakow|cracow|cracovie|cracovia; lodz; wroclaw|breslau; poznan; gdansk|dantzig; szczecin; katowice; lublin",
  PT: "lisbon|lisboa|lisbonne; ?porto|oporto; ?braga; coimbra; ?faro",
  RO: "bucharest|bucuresti|bucarest; cluj|cluj napoca; timisoara; iasi; constanta; craiova; brasov; galati; ploiesti; oradea; braila; ?arad; pitesti; sibiu; bacau; targu mures; baia mare; buzau; botosani; suceava",
  SK: "bratislava; kosice; presov; zilina",
  SI: "ljubljana; maribor",
  ES: "madrid; barcelona|barcelone; valencia|valence; seville|sevilla|seville; zaragoza|saragosse; malaga; murcia|murcie; ?palma|palma de mallorca; las palmas; bilbao; alicante; cordoba|cordoue; valladolid; vigo; gijon; ?granada|grenade; marbella; ibiza|eivissa; benidorm; tenerife; salamanca",
  SE: "stockholm|estocolmo; gothenburg|goteborg|gotemburgo; malmo; uppsala",
  GB: "london|londres|londra; birmingham; manchester; glasgow; liverpool; leeds; sheffield; edinburgh|edimbourg|edimburgo; bristol; cardiff; belfast; leicester; nottingham; newcastle; southampton; ?reading; coventry; bradford",
  NO: "oslo; bergen; trondheim; stavanger",
  CH: "zurich|zuerich; geneva|geneve|genf|ginebra; basel|bale|basilea; bern|berne|berna; lausanne|lausana; lugano",
  MD: "chisinau|kishinev|chisinau; balti; tiraspol",
  UA: "kyiv|kiev|kiew; kharkiv|kharkov; odesa|odessa; dnipro; lviv|lvov; zaporizhzhia",
  RS: "belgrade|beograd|belgrado; novi sad; ?nis",
  AL: "tirana|tirane; durres; vlore",
  MK: "skopje|skopie",
  BA: "sarajevo; banja luka",
  TR: "istanbul; ankara; izmir; antalya",
  NG: "?lagos; abuja; ?benin city; kano; ibadan",
  CA: "toronto; montreal; vancouver; calgary; ottawa; edmonton; winnipeg; quebec",
  US: "new york|nyc|new york city; los angeles; chicago; houston; ?phoenix; philadelphia; san antonio; san diego; dallas; san jose; ?austin; jacksonville; fort worth; ?columbus; ?charlotte; san francisco; indianapolis; seattle; denver; ?washington; boston; el paso; nashville; detroit; oklahoma city; portland; las vegas; memphis; louisville; baltimore; milwaukee; albuquerque; tucson; fresno; sacramento; kansas city; ?mesa; atlanta; omaha; colorado springs; raleigh; miami; long beach; virginia beach; oakland; minneapolis; tulsa; tampa; ?arlington; new orleans; honolulu; anaheim; ?orlando; st louis|saint louis; pittsburgh; cincinnati; cleveland; newark; ?buffalo; ?reno; salt lake city; ?richmond",
};

export interface Place {
  country: string;
  /** The first spelling: the name reported. */
  city: string;
  /** All spellings, each as normalised tokens. */
  names: string[][];
  ambiguous: boolean;
}

function parse(): Place[] {
  const places: Place[] = [];
  for (const [country, list] of Object.entries(DATA)) {
    for (const raw of list.split(";")) {
      const entry = raw.trim();
      const ambiguous = entry.startsWith("?");
      const names = (ambiguous ? entry.slice(1) : entry).split("|").map((n) => n.trim().split(/\s+/));
      const first = names[0];
      if (!first) continue;
      places.push({ country, city: first.join(" "), names, ambiguous });
    }
  }
  return places;
}

export const PLACES: readonly Place[] = parse();

/** First token → the places and spellings that start with it. */
export const PLACE_INDEX: ReadonlyMap<string, readonly { place: Place; tokens: string[]; id: number }[]> =
  (() => {
    const index = new Map<string, { place: Place; tokens: string[]; id: number }[]>();
    PLACES.forEach((place, id) => {
      for (const tokens of place.names) {
        const first = tokens[0];
        if (first === undefined) continue;
        const list = index.get(first) ?? [];
        list.push({ place, tokens, id });
        index.set(first, list);
      }
    });
    // Longer names first, so "new york city" wins over "new york".
    for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    return index;
  })();
