import { GROUPS_SERVED, SERVICE_TYPES } from "../api/protect-vocabulary.ts";
import type { CreateServiceRequest, ServiceOffer, UpdateServiceRequest } from "../api/types.ts";
import { pickAll, pickOne } from "../forms/picklist.ts";

/** A service offer as its form holds it; paths match the request body. */
export interface ServiceFormValues {
  /** Only an administrator (scope all) chooses; everyone else offers their own organisation's. */
  organisationId: string | null;
  serviceType: string | null;
  languages: string[];
  groupsServed: string[];
  capacity: number | string;
  region: string;
  description: string;
  active: boolean;
}

export function toServiceFormValues(offer?: ServiceOffer): ServiceFormValues {
  return {
    organisationId: offer?.organisation.id ?? null,
    serviceType: offer?.serviceType ?? null,
    languages: offer?.languages ?? [],
    groupsServed: offer?.groupsServed ?? [],
    capacity: offer?.capacity ?? "",
    region: offer?.region ?? "",
    description: offer?.description ?? "",
    active: offer?.active ?? true,
  };
}

function capacityOf(value: number | string): number | null {
  const parsed = typeof value === "number" ? value : value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? Math.trunc(parsed) : null;
}

/** A create request; `null` while the service type is missing. */
export function toCreateServiceRequest(values: ServiceFormValues): CreateServiceRequest | null {
  const serviceType = pickOne(SERVICE_TYPES, values.serviceType);
  if (serviceType === null) return null;
  const description = values.description.trim();
  return {
    serviceType,
    languages: [...values.languages],
    groupsServed: pickAll(GROUPS_SERVED, values.groupsServed),
    capacity: capacityOf(values.capacity),
    region: values.region.trim(),
    ...(description === "" ? {} : { description }),
    ...(values.organisationId === null ? {} : { organisationId: values.organisationId }),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i]);

/** A PATCH with the version and only what changed. */
export function toUpdateServiceRequest(values: ServiceFormValues, offer: ServiceOffer): UpdateServiceRequest {
  const request: UpdateServiceRequest = { version: offer.version };
  const serviceType = pickOne(SERVICE_TYPES, values.serviceType);
  if (serviceType !== null && serviceType !== offer.serviceType) request.serviceType = serviceType;
  if (!sameList(values.languages, offer.languages)) request.languages = [...values.languages];
  const groups = pickAll(GROUPS_SERVED, values.groupsServed);
  if (!sameList(groups, offer.groupsServed)) request.groupsServed = groups;
  const capacity = capacityOf(values.capacity);
  if (capacity !== offer.capacity) request.capacity = capacity;
  const region = values.region.trim();
  if (region !== offer.region) request.region = region;
  const description = values.description.trim() === "" ? null : values.description.trim();
  if (description !== offer.description) request.description = description;
  if (values.active !== offer.active) request.active = values.active;
  return request;
}
