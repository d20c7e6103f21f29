import type { EventType } from "../api/protect-vocabulary.ts";

/** Colours of the event types on the timeline and the map, dark enough for 3:1 against white. */
export const EVENT_COLORS: Record<EventType | "unknown", string> = {
  Recruitment: "var(--mantine-color-blue-8)",
  Transit: "var(--mantine-color-orange-9)",
  Exploitation: "var(--mantine-color-red-9)",
  unknown: "var(--mantine-color-gray-7)",
};
