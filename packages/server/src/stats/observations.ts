import {
  formsFromHtcds,
  sexFromHtcds,
  statusFromHtcds,
  type TraffickerObservation,
  type VictimObservation,
} from "@ariadne/domain";

/** Union-find over person ids: persons sharing a strong identity key are one person. */
export function identityGroups(
  links: readonly { personId: string; hash: string }[],
): (personId: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    // Path compression.
    let node = x;
    while (node !== root) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // The smaller id is the root, so the grouping does not depend on input order.
    if (ra !== rb) {
      if (ra < rb) parent.set(rb, ra);
      else parent.set(ra, rb);
    }
  };
  const firstByHash = new Map<string, string>();
  for (const { personId, hash } of links) {
    if (!parent.has(personId)) parent.set(personId, personId);
    const first = firstByHash.get(hash);
    if (first) union(first, personId);
    else firstByHash.set(hash, personId);
  }
  return (personId) => (parent.has(personId) ? find(personId) : personId);
}

export interface CaseFact {
  readonly caseId: string;
  readonly personId: string;
  readonly registeredOn: string;
  readonly status: string | null;
  readonly gender: string | null;
  readonly citizenship: readonly string[] | null;
  readonly age: number | null;
  readonly forms: readonly string[] | null;
}

/**
 * Registered victims per year, once per person and year: cases of one person in one year
 * (at any organisation) merge; known values win over unknown ones, forms are united, and
 * "identified" wins over "presumed".
 */
export function victimObservations(
  facts: Iterable<CaseFact>,
  personOf: (personId: string) => string,
  exploitationCountry: ReadonlyMap<string, string>,
): VictimObservation[] {
  const byPersonYear = new Map<string, VictimObservation>();
  for (const f of facts) {
    const status = statusFromHtcds(f.status);
    if (!status) continue;
    const year = Number(f.registeredOn.slice(0, 4));
    const person = personOf(f.personId);
    const next: VictimObservation = {
      person,
      year,
      status,
      sex: sexFromHtcds(f.gender),
      age: f.age,
      citizenship: f.citizenship?.[0] ?? null,
      forms: formsFromHtcds(f.forms),
      countryOfExploitation: exploitationCountry.get(f.caseId) ?? null,
    };
    const key = `${person}|${year}`;
    const seen = byPersonYear.get(key);
    byPersonYear.set(
      key,
      seen
        ? {
            person,
            year,
            status: seen.status === "identified" || next.status === "identified" ? "identified" : "presumed",
            sex: seen.sex ?? next.sex,
            age: seen.age ?? next.age,
            citizenship: seen.citizenship ?? next.citizenship,
            forms: [...new Set([...seen.forms, ...next.forms])],
            countryOfExploitation: seen.countryOfExploitation ?? next.countryOfExploitation,
          }
        : next,
    );
  }
  return [...byPersonYear.values()];
}

export interface ProceedingFact {
  readonly personId: string;
  readonly investigationOpenedOn: string | null;
  readonly chargedOn: string | null;
  readonly prosecutedOn: string | null;
  readonly verdict: string | null;
  readonly verdictOn: string | null;
  readonly gender: string | null;
  readonly citizenship: readonly string[] | null;
}

/**
 * Suspected (an investigation opened), prosecuted (charged or prosecuted) and convicted
 * traffickers, each once per person, stage and year of the event that puts them there.
 */
export function traffickerObservations(
  facts: Iterable<ProceedingFact>,
  personOf: (personId: string) => string,
): TraffickerObservation[] {
  const out = new Map<string, TraffickerObservation>();
  const add = (f: ProceedingFact, stage: TraffickerObservation["stage"], day: string | null) => {
    if (!day) return;
    const person = personOf(f.personId);
    const year = Number(day.slice(0, 4));
    const key = `${person}|${stage}|${year}`;
    if (!out.has(key))
      out.set(key, {
        person,
        year,
        stage,
        sex: sexFromHtcds(f.gender),
        citizenship: f.citizenship?.[0] ?? null,
      });
  };
  for (const f of facts) {
    add(f, "suspected", f.investigationOpenedOn ?? f.chargedOn);
    add(f, "prosecuted", f.prosecutedOn ?? f.chargedOn);
    if (f.verdict === "convicted") add(f, "convicted", f.verdictOn);
  }
  return [...out.values()];
}
