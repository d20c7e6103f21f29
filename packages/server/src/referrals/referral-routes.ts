import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  GROUPS_SERVED,
  plainText,
  REFERRAL_STATUSES,
  referralInput,
  SERVICE_TYPES,
  serviceOfferInput,
} from "@ariadne/domain";
import { need } from "../http/access.ts";
import type { Services } from "../services.ts";
import { referralView, serviceOfferView } from "./referral-schema.ts";

const tags = ["referrals"];
const params = z.object({ id: z.uuid() });
const version = z.int().min(1);

export const referralRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { referrals } = services;

  app.get(
    "/services",
    {
      config: { access: need("organisation.read") },
      schema: {
        tags,
        summary: "The services directory: who offers what, to whom, in which languages and region",
        querystring: z.strictObject({
          serviceType: z.enum(SERVICE_TYPES).optional(),
          organisationId: z.uuid().optional(),
          language: z
            .string()
            .regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code")
            .optional(),
          group: z.enum(GROUPS_SERVED).optional(),
          region: plainText(120).optional(),
          includeInactive: z
            .enum(["true", "false"])
            .transform((v) => v === "true")
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(serviceOfferView) }) },
      },
    },
    async (request) => ({ items: await referrals.listServices(request.ctx, request.query) }),
  );

  app.post(
    "/services",
    {
      config: { access: need("service.manage") },
      schema: {
        tags,
        summary: "Add a service your organisation offers",
        body: serviceOfferInput.extend({ organisationId: z.uuid().optional() }),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await referrals.addService(request.ctx, request.body) }),
  );

  app.patch(
    "/services/:id",
    {
      config: { access: need("service.manage") },
      schema: {
        tags,
        summary: "Change a service offer (capacity, languages, active…)",
        params,
        body: serviceOfferInput.partial().extend({ version }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { version: v, ...input } = request.body;
      await referrals.updateService(request.ctx, request.params.id, v, input);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/cases/:id/referrals",
    {
      config: { access: need("referral.create") },
      schema: {
        tags,
        summary: "Refer a case to an organisation for a service, sharing only the chosen parts",
        params,
        body: referralInput,
        response: { 201: referralView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await referrals.refer(request.ctx, request.params.id, request.body)),
  );

  app.get(
    "/referrals",
    {
      config: { access: need("case.read") },
      schema: {
        tags,
        summary: "Referrals sent to your organisation (incoming) or by it (outgoing)",
        querystring: z.strictObject({
          box: z.enum(["incoming", "outgoing"]),
          status: z.enum(REFERRAL_STATUSES).optional(),
          caseId: z.uuid().optional(),
        }),
        response: { 200: z.object({ items: z.array(referralView) }) },
      },
    },
    async (request) => ({
      items: await referrals.list(request.ctx, request.query.box, request.query.status, request.query.caseId),
    }),
  );

  app.post(
    "/referrals/:id/respond",
    {
      config: { access: need("referral.respond") },
      schema: {
        tags,
        summary: "Accept or decline a referral sent to your organisation",
        params,
        body: z.strictObject({
          version,
          accept: z.boolean(),
          note: plainText(2000, { multiline: true }).optional(),
        }),
        response: { 200: referralView },
      },
    },
    (request) => referrals.respond(request.ctx, request.params.id, request.body),
  );

  app.post(
    "/referrals/:id/revoke",
    {
      config: { access: need("referral.create") },
      schema: {
        tags,
        summary: "Withdraw a referral; the access it gave ends at once",
        params,
        body: z.strictObject({ version }),
        response: { 200: referralView },
      },
    },
    (request) => referrals.revoke(request.ctx, request.params.id, request.body.version),
  );
};
