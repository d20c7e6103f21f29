/**
 * A synthetic online corpus for the demo: invented ads on the patterns the engine looks for
 * (shared templates, shared and disguised phone numbers, messaging handles, recruitment red
 * flags) mixed with ordinary classifieds. Phone numbers are in the range France reserves for
 * fiction (06 39 98 xx xx), e-mail addresses on the reserved .invalid domain, and every name
 * is made up. Deterministic: the same seed and day give the same ads.
 */
export interface DemoAd {
  id: string;
  text: string;
  title?: string;
  date: string;
  place?: string;
}

const NAMES = ["Anna", "Lola", "Nina", "Eva", "Sara", "Mila", "Lena", "Zoe", "Ines", "Maya", "Clara", "Jade"];
const CITIES = ["Marseille", "Lyon", "Nice", "Toulouse", "Paris", "Montpellier", "Bordeaux", "Lille"];
const JOBS_FR = ["la cueillette", "le nettoyage", "la restauration", "les vendanges", "un hôtel"];

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Family {
  prefix: string;
  size: number;
  /** Days back from today over which its ads were posted. */
  spanDays: number;
  text: (i: number, pick: <T>(list: readonly T[]) => T) => string;
  title?: (i: number) => string;
  place?: (i: number, pick: <T>(list: readonly T[]) => T) => string;
}

const P1 = "06 39 98 10 01";
const P2 = "06 39 98 10 02";
const P3 = "06 39 98 20 03";
const P4 = "06 39 98 30 04";

const FAMILIES: readonly Family[] = [
  {
    // Two templates of one advertiser, tied by a phone number (one of them disguised now and then).
    prefix: "velvet-a",
    size: 24,
    spanDays: 40,
    text: (i, pick) =>
      `Hi I'm ${pick(NAMES)}, ${String(19 + (i % 6))} yo, new in ${pick(CITIES)} for a few days. Sweet and discreet young girl with real photos, outcall only, available all night. Call or WhatsApp ${
        i % 5 === 3 ? "zero six 39 98 10 01" : P1
      }`,
    title: (i) => (i % 3 === 0 ? "New in town ❤" : "New in town"),
  },
  {
    prefix: "velvet-b",
    size: 12,
    spanDays: 25,
    text: (i, pick) =>
      `New girls every week in ${pick(CITIES)}! Relax with ${pick(NAMES)} (${String(20 + (i % 5))}), discreet apartment near the station, 100% real, no rush. Appointment only by text ${
        i % 3 === 0 ? P1 : P2
      }`,
  },
  {
    prefix: "harvest",
    size: 30,
    spanDays: 20,
    text: (i, pick) =>
      `Urgent departure for farm work in ${pick(["Almeria", "Murcia", "Valencia", "Seville"])}, no experience needed and high salary ${String(1800 + (i % 4) * 100)} euro per month, travel paid and free housing provided. Passport kept safe by the agency. Contact only on WhatsApp ${
        i % 4 === 0 ? "+33 6 39 98 20 03" : P3
      } ask for ${pick(["Marco", "Ivan", "Dan"])}`,
    place: (_i, pick) => pick(["Marseille", "Lyon"]),
  },
  {
    prefix: "sunrise",
    size: 20,
    spanDays: 30,
    text: (i, pick) =>
      `Recrutement urgent pour ${pick(JOBS_FR)} à ${pick(["Nice", "Cannes", "Toulon"])}, sans expérience, salaire élevé, logement fourni et voyage payé. Écrire à sunrise.jobs@example.invalid ou Telegram @sunrise_demo (réf ${String(100 + i)})`,
  },
  {
    prefix: "lotus-a",
    size: 14,
    spanDays: 50,
    text: (_i, pick) =>
      `Relaxing massage studio near ${pick(CITIES)} station with ${pick(NAMES)}, certified therapist, towels and oils included, parking behind the building, appointments by telegram @lotus_demo`,
  },
  {
    prefix: "lotus-b",
    size: 10,
    spanDays: 15,
    text: (i, pick) =>
      `Lotus wellness : ${pick(NAMES)} ${String(21 + (i % 4))} ans, massage relaxant à ${pick(CITIES)}, discrétion assurée, disponible 24h/24, contact telegram @lotus_demo ou ${P4}`,
  },
];

/** Ordinary classifieds, each made of sentences drawn at random: they share no template. */
const SENTENCES = [
  "Selling my old bicycle with a red frame and new tyres.",
  "Pick up only, cash on collection.",
  "Two bedroom flat available from next month, close to the tram.",
  "Lost grey cat near the park, white paws, answers to Pixel.",
  "Maths and physics tutoring for secondary school pupils.",
  "Vintage wooden desk, some scratches, drawers work fine.",
  "Looking for a second hand washing machine in good condition.",
  "Garden furniture set, table and four chairs, barely used.",
  "Guitar lessons for beginners on weekday evenings.",
  "Moving sale: books, lamps, kitchen things and a sofa.",
  "Baby stroller, foldable, with rain cover.",
  "Dog walker available mornings in the old town.",
  "Eggs from our farm every Saturday at the market.",
  "Car for sale, one owner, full service history.",
  "Photography course for amateurs, cameras provided.",
  "Room to rent in a shared house with a garden.",
  "Choir looking for tenors and basses, no audition.",
  "Handmade jewellery at the craft fair this Sunday.",
  "Free firewood if you collect it yourself.",
  "Electric scooter, battery replaced last year.",
  "Piano needs a new home, you arrange transport.",
  "Cleaning help wanted two mornings a week, references please.",
  "Football boots size 42, worn twice.",
  "Computer repairs at fair prices, quick turnaround.",
  "Summer job at the campsite reception, French and English needed.",
  "Plants and cuttings to swap on the balcony market.",
  "Old vinyl records, mostly jazz and soul.",
  "Language exchange: Spanish for Italian, coffee included.",
  "Aquarium with pump and filter, fish not included.",
  "Wedding dress, size 38, dry cleaned.",
  "Hiking group meets every first Sunday of the month.",
  "Kitchen table in solid oak, seats six.",
  "Snow tyres on rims, used one winter only.",
  "Sewing machine with manual and spare needles.",
  "Band rehearsal space to share on Tuesdays.",
  "Homemade jam, apricot and fig, glass jars returned.",
  "Bunk beds with mattresses, easy to take apart.",
  "Volunteers wanted for the beach clean-up in June.",
  "Tent for four people, one pole slightly bent.",
  "Chess club open to all levels, boards provided.",
  "Espresso machine, descaled, works perfectly.",
  "Private parking space near the harbour, monthly rent.",
  "Children's books in French and English, a full box.",
  "Paddle board with pump and leash.",
  "Yoga mat and blocks, hardly used.",
  "Cat sitter needed for two weeks in August.",
  "Wardrobe with mirror doors, must go this week.",
  "Bread maker with recipe book included.",
];

/** About 260 ads: six template families that form four networks, and ordinary classifieds. */
export function demoOnlineAds(today: Date, seed = 2026, noise = 150): DemoAd[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)];
    if (item === undefined) throw new Error("empty list");
    return item;
  };
  const day = (spanDays: number) => {
    const back = Math.floor(next() * spanDays);
    const at = new Date(today.getTime() - back * 86_400_000 - Math.floor(next() * 86_400_000));
    return at.toISOString();
  };
  const ads: DemoAd[] = [];
  for (const family of FAMILIES) {
    for (let i = 0; i < family.size; i++) {
      const title = family.title?.(i);
      const place = family.place?.(i, pick);
      ads.push({
        id: `demo-${family.prefix}-${String(i + 1).padStart(3, "0")}`,
        text: family.text(i, pick),
        date: day(family.spanDays),
        ...(title === undefined ? {} : { title }),
        ...(place === undefined ? {} : { place }),
      });
    }
  }
  for (let i = 0; i < noise; i++) {
    const chosen = new Set<string>();
    while (chosen.size < 2) chosen.add(pick(SENTENCES));
    ads.push({
      id: `demo-classified-${String(i + 1).padStart(3, "0")}`,
      text: [...chosen].join(" "),
      date: day(60),
      place: pick(CITIES),
    });
  }
  // Platforms send ads in posting order.
  return ads.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
