import {
  ANSWERS,
  EXPLOITATION_FORMS,
  GENDER_PREFERENCES,
  pathwayFor,
  setFor,
  TRI_STATES,
  type Answer,
  type ExploitationForm,
  type IndicatorSet,
  type Pathway,
  type Preferences,
  type Safety,
} from "@ariadne/domain";

/**
 * Changes made on this device that the server has not confirmed yet, in the shape of the save
 * request. Answers and notes are keyed by indicator id, so two batches merge id by id.
 */
export interface PendingChanges {
  readonly safety?: Readonly<Partial<Safety>>;
  readonly preferences?: Readonly<Partial<Preferences>>;
  readonly safetyConcerns?: string | null;
  readonly exploitation?: ExploitationForm | null;
  readonly answers?: Readonly<Record<string, Answer>>;
  /** An empty note removes the note. */
  readonly notes?: Readonly<Record<string, string>>;
}

/** What the screening holds that the screener edits; the server's copy, or with changes on top. */
export interface DraftFields {
  readonly safety: Safety;
  readonly preferences: Preferences;
  readonly safetyConcerns: string | null;
  readonly exploitation: ExploitationForm | null;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly notes: Readonly<Record<string, string>>;
}

/** The fields with the pathway and indicator set they lead to. */
export interface DraftState extends DraftFields {
  readonly pathway: Pathway;
  readonly indicatorSet: IndicatorSet | null;
}

export const NO_CHANGES: PendingChanges = {};

const SAFETY_KEYS = [
  "dangerNow",
  "urgentMedical",
  "possiblyChild",
  "interpreterNeeded",
] as const satisfies readonly (keyof Safety)[];

export function isEmptyPending(pending: PendingChanges): boolean {
  const values: unknown[] = Object.values(pending);
  return values.every((value) => isRecord(value) && Object.keys(value).length === 0);
}

function mergeRecords<T>(
  earlier: Readonly<Record<string, T>> | undefined,
  later: Readonly<Record<string, T>> | undefined,
): Readonly<Record<string, T>> | undefined {
  if (earlier === undefined) return later;
  if (later === undefined) return earlier;
  return { ...earlier, ...later };
}

/** `later` on top of `earlier`: per question, per preference and per indicator, the later wins. */
export function mergePending(earlier: PendingChanges, later: PendingChanges): PendingChanges {
  const safety = mergeRecords(earlier.safety, later.safety);
  const preferences = mergeRecords(earlier.preferences, later.preferences);
  const answers = mergeRecords(earlier.answers, later.answers);
  const notes = mergeRecords(earlier.notes, later.notes);
  const safetyConcerns = "safetyConcerns" in later ? later.safetyConcerns : earlier.safetyConcerns;
  const exploitation = "exploitation" in later ? later.exploitation : earlier.exploitation;
  return {
    ...(safety === undefined ? {} : { safety }),
    ...(preferences === undefined ? {} : { preferences }),
    ...(safetyConcerns === undefined ? {} : { safetyConcerns }),
    ...(exploitation === undefined ? {} : { exploitation }),
    ...(answers === undefined ? {} : { answers }),
    ...(notes === undefined ? {} : { notes }),
  };
}

/** The screening as the screener sees it: the server's copy with the pending changes applied. */
export function applyPending(base: DraftFields, pending: PendingChanges): DraftState {
  const safety: Safety = { ...base.safety, ...pending.safety };
  const exploitation = pending.exploitation === undefined ? base.exploitation : pending.exploitation;
  // An empty note removes the note, as on the server.
  const notes = Object.fromEntries(
    Object.entries({ ...base.notes, ...pending.notes }).filter(([, note]) => note.trim() !== ""),
  );
  const pathway = pathwayFor(safety);
  return {
    safety,
    preferences: { ...base.preferences, ...pending.preferences },
    safetyConcerns: pending.safetyConcerns === undefined ? base.safetyConcerns : pending.safetyConcerns,
    exploitation,
    answers: { ...base.answers, ...pending.answers },
    notes,
    pathway,
    indicatorSet: setFor(pathway, exploitation),
  };
}

/** The pending changes without the answers and notes of the given indicators. */
export function withoutIndicators(pending: PendingChanges, ids: ReadonlySet<string>): PendingChanges {
  const keep = <T>(record: Readonly<Record<string, T>> | undefined) =>
    record === undefined
      ? undefined
      : Object.fromEntries(Object.entries(record).filter(([id]) => !ids.has(id)));
  const answers = keep(pending.answers);
  const notes = keep(pending.notes);
  const { answers: _answers, notes: _notes, ...rest } = pending;
  return {
    ...rest,
    ...(answers === undefined ? {} : { answers }),
    ...(notes === undefined ? {} : { notes }),
  };
}

/**
 * What may be kept in the tab's `sessionStorage` so that a reload loses nothing: everything
 * but free text. Notes and safety concerns may say who the person is, so they stay in memory.
 */
export function storablePending(pending: PendingChanges): PendingChanges {
  const { notes: _notes, safetyConcerns: _concerns, ...rest } = pending;
  return rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isAnswer = (value: unknown): value is Answer => ANSWERS.some((answer) => answer === value);

function pick<T>(
  value: unknown,
  keys: readonly string[],
  valid: (item: unknown) => boolean,
): Partial<T> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = keys.filter((key) => key in value && valid(value[key])).map((key) => [key, value[key]]);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as Partial<T>);
}

const isTriState = (value: unknown) => value === null || TRI_STATES.some((state) => state === value);
const isGender = (value: unknown) => value === null || GENDER_PREFERENCES.some((gender) => gender === value);

/**
 * Reads pending changes back from storage, keeping only what is well formed: storage is
 * outside the app's control, and a bad entry must not block saving the rest.
 */
export function parseStoredPending(value: unknown): PendingChanges {
  if (!isRecord(value)) return NO_CHANGES;
  const safety = pick<Safety>(value.safety, SAFETY_KEYS, isTriState);
  const genders = pick<Preferences>(value.preferences, ["interviewerGender", "interpreterGender"], isGender);
  const language = pick<Preferences>(
    value.preferences,
    ["interpreterLanguage"],
    (item) => item === null || (typeof item === "string" && item.length <= 60),
  );
  const preferences =
    genders === undefined && language === undefined ? undefined : { ...genders, ...language };
  const exploitation = EXPLOITATION_FORMS.find((form) => form === value.exploitation);
  const answers = isRecord(value.answers)
    ? Object.fromEntries(
        Object.entries(value.answers).filter((entry): entry is [string, Answer] => isAnswer(entry[1])),
      )
    : undefined;
  return {
    ...(safety === undefined ? {} : { safety }),
    ...(preferences === undefined ? {} : { preferences }),
    ...(exploitation !== undefined || value.exploitation === null
      ? { exploitation: exploitation ?? null }
      : {}),
    ...(answers === undefined ? {} : { answers }),
  };
}
