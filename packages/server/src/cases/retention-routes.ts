import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ERASURE_STATUSES, plainText, RETENTION_ACTIONS, retentionPolicyInput } from "@ariadne/domain";
import { need } from "../http/access.ts";
import type { Services } from "../services.ts";

const tags = ["retention"];
const params = z.object({ id: z.uuid() });
const version = z.int().min(1);

export const retentionRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { retention } = services;

  app.get(
    "/retention-policy",
    {
      config: { access: need("retention.manage") },
      schema: {
        tags,
        summary: "How long an organisation keeps closed cases, and what happens then",
        querystring: z.strictObject({ organisationId: z.uuid().optional() }),
        response: {
          200: z.object({
            organisationId: z.uuid(),
            closedCaseDays: z.int().nullable(),
            action: z.enum(RETENTION_ACTIONS).nullable(),
            version: z.int(),
          }),
        },
      },
    },
    (request) => retention.policy(request.ctx, request.query.organisationId),
  );

  app.put(
    "/retention-policy",
    {
      config: { access: need("retention.manage") },
      schema: {
        tags,
        summary: "Set the retention of closed cases (erase or anonymise after N days)",
        body: retentionPolicyInput.extend({ organisationId: z.uuid().optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await retention.setPolicy(request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/cases/:id/legal-hold",
    {
      config: { access: need("retention.manage") },
      schema: {
        tags,
        summary: "Place or lift a legal hold: a held case is never erased or anonymised",
        params,
        body: z.strictObject({ version, hold: z.boolean() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await retention.setLegalHold(request.ctx, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/legal-holds",
    {
      config: { access: need("retention.manage") },
      schema: {
        tags,
        summary: "Place or lift a legal hold by case reference (without reading the case)",
        body: z.strictObject({
          reference: z
            .string()
            .regex(/^C-\d{4}-[0-9A-Z]{6}$/i, "must be a case reference such as C-2026-04F7A1"),
          hold: z.boolean(),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await retention.setLegalHoldByReference(request.ctx, request.body.reference, request.body.hold);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/cases/:id/erasure-requests",
    {
      config: { access: need("case.write") },
      schema: {
        tags,
        summary: "Ask for a case to be erased (someone with retention.manage decides)",
        params,
        body: z.strictObject({ reason: plainText(4000, { multiline: true }) }),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await retention.requestErasure(request.ctx, request.params.id, request.body.reason) }),
  );

  app.get(
    "/erasure-requests",
    {
      config: { access: need("retention.manage") },
      schema: {
        tags,
        summary: "Erasure requests to decide",
        querystring: z.strictObject({ status: z.enum(ERASURE_STATUSES).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z
                .object({
                  id: z.uuid(),
                  caseId: z.uuid(),
                  reference: z.string().nullable(),
                  status: z.enum(ERASURE_STATUSES),
                  reason: z.string(),
                  decisionNote: z.string().nullable(),
                  createdAt: z.string(),
                  decidedAt: z.string().nullable(),
                  carriedOutAt: z.string().nullable(),
                  version: z.int(),
                })
                .meta({ id: "ErasureRequest" }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await retention.listRequests(request.ctx, request.query.status) }),
  );

  app.post(
    "/erasure-requests/:id/decide",
    {
      config: { access: need("retention.manage") },
      schema: {
        tags,
        summary: "Approve (erases the case now) or reject an erasure request",
        params,
        body: z.strictObject({
          version,
          approve: z.boolean(),
          note: plainText(2000, { multiline: true }).optional(),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await retention.decide(request.ctx, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
};
