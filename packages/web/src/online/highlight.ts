/** A piece of an ad's text: marked when an indicator was raised by it. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked pieces by the spans (UTF-16 offsets, end exclusive) that
 * raised indicators. Overlapping or touching spans merge; spans outside the text are clipped.
 */
export function segments(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), marked: false });
    out.push({ text: text.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
