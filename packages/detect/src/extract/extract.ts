import type { Extraction, PlaceExtraction } from "../types.ts";
import { extractAges } from "./age.ts";
import type { ExtractContext } from "./context.ts";
import { extractEmails } from "./email.ts";
import { extractPhones } from "./phone.ts";
import { extractPlaces } from "./place.ts";
import { extractPrices } from "./price.ts";
import { extractHandles, extractUrls } from "./url.ts";

function overlaps(a: Extraction, b: Extraction): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every extraction of one ad, in text order. An e-mail address wins over a URL or bare handle
 * inside it; a phone number inside a price or an age is dropped.
 */
export function extractAll(
  ctx: ExtractContext,
  places: readonly PlaceExtraction[] = extractPlaces(ctx),
): Extraction[] {
  const emails = extractEmails(ctx);
  const { urls, handles: siteHandles } = extractUrls(ctx);
  const cueHandles = extractHandles(ctx).filter(
    (h) =>
      !emails.some((e) => overlaps(e, h)) &&
      !siteHandles.some((s) => overlaps(s, h)) &&
      !urls.some((u) => overlaps(u, h)),
  );
  const handles = [...siteHandles, ...cueHandles];
  const prices = extractPrices(ctx);
  const ages = extractAges(ctx);
  const phones = extractPhones(ctx).filter(
    (p) => !prices.some((x) => overlaps(x, p)) && !emails.some((e) => overlaps(e, p)),
  );
  const all: Extraction[] = [
    ...phones,
    ...emails,
    ...urls.filter((u) => !emails.some((e) => overlaps(e, u))),
    ...dedupe(handles),
    ...prices,
    ...ages.filter((a) => !phones.some((p) => overlaps(p, a))),
    ...places,
  ];
  return all.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

function dedupe<T extends Extraction>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const key = `${x.start}:${x.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
