import { type PrivacyIssue, type PrivacyResult, PrivacyError, invalidParameter } from "../errors.ts";
import { lnBounds, sqrtBounds } from "../numeric/bounds.ts";
import {
  type Rational,
  type RationalInput,
  add,
  compare,
  div,
  equals,
  formatRational,
  mul,
  ONE,
  parseRational,
  rational,
  sub,
  sum,
  toDecimalString,
  ZERO,
} from "../numeric/rational.ts";
import { type Sensitivity } from "../table/count-table.ts";
import { type ReleaseRecord, ISO_INSTANT, parseDelta, parseEpsilon, selectionThreshold } from "./release.ts";

/**
 * The total privacy loss a dataset may ever incur, as (ε, δ)-differential privacy. Rationals
 * as canonical text (`"1"`, `"1/1000000"`), so the state is plain JSON.
 */
export interface PrivacyBudget {
  readonly epsilon: string;
  /** 0 for a pure-DP budget (then only geometric releases fit). */
  readonly delta: string;
}

/** The ledger of one dataset: its budget and every release charged to it. Plain JSON. */
export interface LedgerState {
  readonly version: 1;
  readonly dataset: string;
  readonly budget: PrivacyBudget;
  readonly releases: readonly ReleaseRecord[];
}

/** What the releases of a ledger add up to. */
export interface Spend {
  /** Σ ε of geometric and thresholded releases (basic composition). */
  readonly epsilon: Rational;
  /** Σ δ of thresholded releases. */
  readonly delta: Rational;
  /** Σ ρ of discrete Gaussian releases (zCDP composes by addition). */
  readonly rho: Rational;
  /**
   * The (ε, δ) guarantee of everything together: ε + ε(ρ) and δ_budget when ρ > 0, where
   * ε(ρ) = ρ + 2·√(ρ·ln(1/δ′)) with δ′ = δ_budget − Σδ (rounded up, so never optimistic);
   * (Σε, Σδ) when no Gaussian release was made. Null when Gaussian releases leave no δ to
   * convert with: then there is no finite guarantee (the ledger never lets that happen).
   */
  readonly totalEpsilon: Rational | null;
  readonly totalDelta: Rational;
}

/** Opens a ledger for a dataset with its budget; refuses ε ≤ 0 and δ outside [0, 1). */
export function createLedger(
  dataset: string,
  budget: { readonly epsilon: RationalInput; readonly delta: RationalInput },
): LedgerState {
  if (dataset.trim() === "") throw invalidParameter("dataset", "must not be empty");
  const epsilon = parseEpsilon(budget.epsilon, "budget.epsilon");
  const delta = parseRational(budget.delta, "budget.delta");
  if (delta.num < 0n || compare(delta, ONE) >= 0) {
    throw invalidParameter("budget.delta", `must be at least 0 and below 1; got ${formatRational(delta)}`);
  }
  return {
    version: 1,
    dataset,
    budget: { epsilon: formatRational(epsilon), delta: formatRational(delta) },
    releases: [],
  };
}

/**
 * A certified upper bound on the ε of (ε, δ)-DP implied by ρ-zCDP: ρ + 2·√(ρ·ln(1/δ))
 * (Bun and Steinke 2016, Proposition 1.3). The bound on ln and √ is rounded up.
 */
export function zcdpToEpsilon(rho: Rational, delta: Rational): Rational {
  if (rho.num === 0n) return ZERO;
  const ln = lnBounds(div(ONE, delta)).upper;
  return add(rho, mul(rational(2n), sqrtBounds(mul(rho, ln)).upper));
}

function spendOf(budget: PrivacyBudget, releases: readonly ReleaseRecord[]): Spend {
  const epsilon = sum(
    releases.flatMap((r) =>
      r.mechanism === "discrete-gaussian" ? [] : [parseRational(r.epsilon, "epsilon")],
    ),
  );
  const delta = sum(
    releases.flatMap((r) =>
      r.mechanism === "thresholded-geometric" ? [parseRational(r.delta, "delta")] : [],
    ),
  );
  const rho = sum(
    releases.flatMap((r) => (r.mechanism === "discrete-gaussian" ? [parseRational(r.rho, "rho")] : [])),
  );
  if (rho.num === 0n) return { epsilon, delta, rho, totalEpsilon: epsilon, totalDelta: delta };
  const budgetDelta = parseRational(budget.delta, "budget.delta");
  const conversionDelta = sub(budgetDelta, delta);
  if (conversionDelta.num <= 0n) {
    return { epsilon, delta, rho, totalEpsilon: null, totalDelta: budgetDelta };
  }
  return {
    epsilon,
    delta,
    rho,
    totalEpsilon: add(epsilon, zcdpToEpsilon(rho, conversionDelta)),
    totalDelta: budgetDelta,
  };
}

/** What the releases charged so far add up to. */
export function ledgerSpend(state: LedgerState): Spend {
  return spendOf(state.budget, state.releases);
}

const show = (r: Rational): string =>
  r.den === 1n ? formatRational(r) : `${formatRational(r)} (≈ ${toDecimalString(r, 12)})`;

/** Refusals of a release as a record on its own (malformed parameters), before any budget. */
function recordIssues(release: ReleaseRecord, index: string): PrivacyIssue[] {
  const issues: PrivacyIssue[] = [];
  const at = (field: string): string => `${index}${field}`;
  const guard = (field: string, run: () => void): void => {
    const value = (release as unknown as Record<string, unknown>)[field];
    if (field !== "threshold" && typeof value !== "string") {
      issues.push({
        path: at(field),
        message: `must be a rational written as text, such as "1/2"; got ${typeof value}`,
      });
      return;
    }
    try {
      run();
    } catch (error) {
      if (error instanceof PrivacyError)
        issues.push(...error.issues.map((i) => ({ path: at(field), message: i.message })));
      else throw error;
    }
  };
  if (typeof release.id !== "string" || release.id.trim() === "")
    issues.push({ path: at("id"), message: "must not be empty" });
  if (typeof release.at !== "string" || !ISO_INSTANT.test(release.at)) {
    issues.push({ path: at("at"), message: "must be an ISO 8601 instant" });
  }
  const table = (release as { table?: { id?: unknown; dimensions?: unknown } }).table;
  const dimensions: unknown = table?.dimensions;
  if (
    typeof table?.id !== "string" ||
    !Array.isArray(dimensions) ||
    !dimensions.every((d: unknown) => {
      const dimension = d as { name?: unknown; categories?: unknown } | null;
      return (
        typeof dimension?.name === "string" &&
        typeof dimension.categories === "number" &&
        Number.isSafeInteger(dimension.categories) &&
        dimension.categories >= 1
      );
    })
  ) {
    issues.push({
      path: at("table"),
      message: "needs an id and dimensions as { name, categories } with categories ≥ 1",
    });
  }
  const s: Sensitivity | undefined = (release as { sensitivity?: Sensitivity }).sensitivity;
  const positiveInteger = (v: unknown): boolean => typeof v === "number" && Number.isSafeInteger(v) && v >= 1;
  if (!s || ![s.l0, s.linf, s.l1, s.l2Squared].every(positiveInteger)) {
    issues.push({ path: at("sensitivity"), message: "needs l0, linf, l1 and l2Squared as integers ≥ 1" });
    return issues;
  }
  if (!positiveInteger(release.contributionBound)) {
    issues.push({ path: at("contributionBound"), message: "must be an integer ≥ 1" });
  }
  switch (release.mechanism) {
    case "geometric":
      guard("epsilon", () => parseEpsilon(release.epsilon));
      break;
    case "thresholded-geometric":
      guard("epsilon", () => parseEpsilon(release.epsilon));
      guard("delta", () => parseDelta(release.delta));
      guard("threshold", () => {
        const expected = selectionThreshold(parseEpsilon(release.epsilon), parseDelta(release.delta), s);
        if (release.threshold !== expected) {
          throw invalidParameter(
            "threshold",
            `must be ${expected} for this ε, δ and sensitivity; got ${release.threshold}`,
          );
        }
      });
      break;
    case "discrete-gaussian":
      guard("sigmaSquared", () => parseRational(release.sigmaSquared, "sigmaSquared"));
      guard("rho", () => {
        const sigmaSquared = parseRational(release.sigmaSquared, "sigmaSquared");
        const rho = parseRational(release.rho, "rho");
        if (sigmaSquared.num <= 0n || rho.num <= 0n)
          throw invalidParameter("rho", "ρ and σ² must be greater than 0");
        if (!equals(rho, div(rational(BigInt(s.l2Squared)), mul(rational(2n), sigmaSquared)))) {
          throw invalidParameter("rho", `must equal l2²/(2σ²) = ${s.l2Squared}/(2·${release.sigmaSquared})`);
        }
      });
      break;
    default:
      issues.push({
        path: at("mechanism"),
        message: `unknown mechanism "${String((release as { mechanism: unknown }).mechanism)}"`,
      });
  }
  return issues;
}

/**
 * Whether the ledger can take these releases: each record well formed, ids unused, and the
 * total within the budget. Pure; the value is what the ledger would have spent after them.
 */
export function checkRelease(
  state: LedgerState,
  release: ReleaseRecord | readonly ReleaseRecord[],
): PrivacyResult<Spend> {
  const batch: readonly ReleaseRecord[] = Array.isArray(release) ? release : [release as ReleaseRecord];
  const issues: PrivacyIssue[] = [];
  const ids = new Set(state.releases.map((r) => r.id));
  batch.forEach((r, i) => {
    const prefix = batch.length > 1 ? `releases[${i}].` : "release.";
    issues.push(...recordIssues(r, prefix));
    if (ids.has(r.id))
      issues.push({
        path: `${prefix}id`,
        message: `"${r.id}" was already charged to dataset "${state.dataset}"`,
      });
    ids.add(r.id);
  });
  if (issues.length > 0) return { ok: false, code: "validation_failed", issues };

  const budgetEpsilon = parseRational(state.budget.epsilon, "budget.epsilon");
  const budgetDelta = parseRational(state.budget.delta, "budget.delta");
  const before = ledgerSpend(state);
  const after = spendOf(state.budget, [...state.releases, ...batch]);
  const what = batch.length === 1 ? `release "${batch[0]?.id ?? ""}"` : `these ${batch.length} releases`;
  if (after.rho.num > 0n && budgetDelta.num === 0n) {
    issues.push({
      path: "budget.delta",
      message: `${what} use the discrete Gaussian (zCDP), which converts to (ε, δ)-DP only with δ > 0; dataset "${state.dataset}" has a pure ε budget`,
    });
  } else if (
    compare(after.delta, budgetDelta) > 0 ||
    (after.rho.num > 0n && compare(after.delta, budgetDelta) >= 0)
  ) {
    issues.push({
      path: "delta",
      message: `${what} would bring δ to ${show(after.delta)}, beyond the budget ${show(budgetDelta)} of dataset "${state.dataset}" (spent ${show(before.delta)})${after.rho.num > 0n ? "; Gaussian releases need some δ left over" : ""}`,
    });
  }
  if (issues.length === 0 && after.totalEpsilon && compare(after.totalEpsilon, budgetEpsilon) > 0) {
    const left = sub(budgetEpsilon, before.totalEpsilon ?? budgetEpsilon);
    issues.push({
      path: "epsilon",
      message: `${what} would bring ε to ${show(after.totalEpsilon)}, beyond the budget ${show(budgetEpsilon)} of dataset "${state.dataset}" (${show(left)} left)`,
    });
  }
  return issues.length > 0 ? { ok: false, code: "budget_exceeded", issues } : { ok: true, value: after };
}

/**
 * The ledger after charging the releases. Throws a PrivacyError (`budget_exceeded` or
 * `validation_failed`) when `checkRelease` would refuse them: charging past the budget is a
 * bug in the caller, who checks first. Pure: the given state is not modified.
 */
export function chargeRelease(
  state: LedgerState,
  release: ReleaseRecord | readonly ReleaseRecord[],
): LedgerState {
  const verdict = checkRelease(state, release);
  if (!verdict.ok) {
    throw new PrivacyError(
      verdict.code,
      verdict.issues.map((i) => `${i.path}: ${i.message}`).join("; "),
      verdict.issues,
    );
  }
  const batch: readonly ReleaseRecord[] = Array.isArray(release) ? release : [release as ReleaseRecord];
  return { ...state, releases: [...state.releases, ...batch] };
}

/**
 * The budget left: ε not yet spent (after the zCDP conversion) and δ not yet spent by
 * thresholded releases. Once a Gaussian release exists, the δ left is also what converts ρ,
 * so spending it raises the ε of the Gaussian releases; `checkRelease` accounts for that.
 */
export function ledgerRemaining(state: LedgerState): {
  readonly epsilon: Rational;
  readonly delta: Rational;
} {
  const spend = ledgerSpend(state);
  const budgetEpsilon = parseRational(state.budget.epsilon, "budget.epsilon");
  return {
    epsilon: spend.totalEpsilon ? sub(budgetEpsilon, spend.totalEpsilon) : ZERO,
    delta: sub(parseRational(state.budget.delta, "budget.delta"), spend.delta),
  };
}

/** `ledger.check(release)` / `ledger.charge(release) → newState` over a state, all pure. */
export interface Ledger {
  readonly state: LedgerState;
  check(release: ReleaseRecord | readonly ReleaseRecord[]): PrivacyResult<Spend>;
  charge(release: ReleaseRecord | readonly ReleaseRecord[]): LedgerState;
  spend(): Spend;
  remaining(): { readonly epsilon: Rational; readonly delta: Rational };
}

export function openLedger(state: LedgerState): Ledger {
  return {
    state,
    check: (release) => checkRelease(state, release),
    charge: (release) => chargeRelease(state, release),
    spend: () => ledgerSpend(state),
    remaining: () => ledgerRemaining(state),
  };
}

/**
 * Reads a persisted ledger back, refusing anything that is not one: wrong version, a
 * malformed budget or release, duplicate ids, or releases that exceed the budget.
 */
export function parseLedgerState(json: unknown): PrivacyResult<LedgerState> {
  const fail = (path: string, message: string): PrivacyResult<LedgerState> => ({
    ok: false,
    code: "validation_failed",
    issues: [{ path, message }],
  });
  if (typeof json !== "object" || json === null) return fail("", "a ledger state is an object");
  const candidate = json as Partial<Record<keyof LedgerState, unknown>>;
  if (candidate.version !== 1) return fail("version", `must be 1; got ${JSON.stringify(candidate.version)}`);
  if (typeof candidate.dataset !== "string") return fail("dataset", "must be a string");
  const budget = candidate.budget as Partial<PrivacyBudget> | undefined;
  if (typeof budget?.epsilon !== "string" || typeof budget.delta !== "string") {
    return fail("budget", "needs epsilon and delta as rational strings");
  }
  if (!Array.isArray(candidate.releases)) return fail("releases", "must be a list");
  let state: LedgerState;
  try {
    state = createLedger(candidate.dataset, { epsilon: budget.epsilon, delta: budget.delta });
  } catch (error) {
    if (error instanceof PrivacyError) return { ok: false, code: "validation_failed", issues: error.issues };
    throw error;
  }
  const releases = candidate.releases as ReleaseRecord[];
  if (releases.length === 0) return { ok: true, value: state };
  const verdict = checkRelease(state, releases);
  if (!verdict.ok) return { ok: false, code: "validation_failed", issues: verdict.issues };
  return { ok: true, value: { ...state, releases } };
}
