import type { NetworkQuery } from "../api/types.ts";
import { pickOne } from "../forms/picklist.ts";
import {
  CATEGORY_FILTERS,
  NETWORK_STATUSES,
  type CategoryFilter,
  type NetworkStatus,
} from "./online-vocabulary.ts";

/** The network list's filters, kept in the address so that a filtered list can be linked to. */
export interface NetworkListSearch {
  q?: string;
  status?: NetworkStatus;
  category?: CategoryFilter;
  /** A country code (FR) or country:city (FR:paris), as the server filters. */
  place?: string;
  minScore?: number;
}

const PLACE = /^[A-Z]{2}(:[a-z .'-]{1,80})?$/;

/** Validates search parameters that came from whoever wrote the link. */
export function validateNetworkListSearch(search: Record<string, unknown>): NetworkListSearch {
  const result: NetworkListSearch = {};
  if (typeof search.q === "string" && search.q.trim() !== "") result.q = search.q.trim().slice(0, 200);
  const status = pickOne(NETWORK_STATUSES, typeof search.status === "string" ? search.status : null);
  if (status !== null) result.status = status;
  const category = pickOne(CATEGORY_FILTERS, typeof search.category === "string" ? search.category : null);
  if (category !== null) result.category = category;
  if (typeof search.place === "string" && PLACE.test(search.place)) result.place = search.place;
  const minScore = typeof search.minScore === "number" ? search.minScore : Number(search.minScore);
  if (Number.isFinite(minScore) && minScore > 0 && minScore <= 100) result.minScore = Math.round(minScore);
  return result;
}

/** The API query for the filters. */
export function toNetworkQuery(search: NetworkListSearch): NetworkQuery {
  return {
    ...(search.q === undefined ? {} : { q: search.q }),
    ...(search.status === undefined ? {} : { status: search.status }),
    ...(search.category === undefined ? {} : { category: search.category }),
    ...(search.place === undefined ? {} : { place: search.place }),
    ...(search.minScore === undefined ? {} : { minScore: search.minScore }),
  };
}
