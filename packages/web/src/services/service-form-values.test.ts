import { describe, expect, it } from "vitest";
import type { ServiceOffer } from "../api/types.ts";
import {
  toCreateServiceRequest,
  toServiceFormValues,
  toUpdateServiceRequest,
} from "./service-form-values.ts";

const OFFER: ServiceOffer = {
  id: "s",
  organisation: { id: "o", name: "Shelter Example", phone: null },
  serviceType: "shelter",
  languages: ["ro", "en"],
  groupsServed: ["women", "children"],
  capacity: 12,
  region: "Bucharest",
  description: null,
  active: true,
  version: 4,
};

describe("service offer requests", () => {
  it("create with the filled fields, for the chosen organisation", () => {
    expect(toCreateServiceRequest({ ...toServiceFormValues(), serviceType: null })).toBeNull();
    expect(
      toCreateServiceRequest({
        ...toServiceFormValues(),
        organisationId: "o",
        serviceType: "legal_aid",
        languages: ["fr"],
        groupsServed: ["men", "women"],
        region: " Lyon ",
      }),
    ).toEqual({
      serviceType: "legal_aid",
      languages: ["fr"],
      groupsServed: ["women", "men"],
      capacity: null,
      region: "Lyon",
      organisationId: "o",
    });
  });

  it("change only what differs, with the version read", () => {
    const values = { ...toServiceFormValues(OFFER), languages: ["en", "ro"], capacity: 10, active: false };
    expect(toUpdateServiceRequest(values, OFFER)).toEqual({ version: 4, capacity: 10, active: false });
  });
});
