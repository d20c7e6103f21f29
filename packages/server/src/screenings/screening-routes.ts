import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { catalogueSchema } from "@ariadne/domain";
import { need, SIGNED_IN } from "../http/access.ts";
import type { Services } from "../services.ts";
import {
  catalogueSummary,
  createScreeningBody,
  saveScreeningBody,
  screeningSummary,
  screeningView,
} from "./screening-schema.ts";

const tags = ["screening"];
const params = z.object({ id: z.uuid() });

export const screeningRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { screenings } = services;

  app.get(
    "/screening/catalogues",
    {
      // Catalogues hold no personal data; anyone signed in may read the indicators.
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: "Indicator catalogue versions",
        response: { 200: z.object({ items: z.array(catalogueSummary) }) },
      },
    },
    async () => ({ items: await screenings.listCatalogues() }),
  );

  app.get(
    "/screening/catalogues/:id/:version",
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: "One catalogue version: indicators, prompts, rules",
        params: z.object({ id: z.string().max(100), version: z.string().max(40) }),
        response: { 200: catalogueSchema },
      },
    },
    // The domain's Catalogue is the schema's type with readonly arrays; the response is the same data.
    (request) =>
      screenings.catalogue(request.params.id, request.params.version) as Promise<
        z.infer<typeof catalogueSchema>
      >,
  );

  app.post(
    "/screening/catalogues",
    {
      config: { access: need("screening.configure") },
      schema: {
        tags,
        summary: "Load a revised catalogue version; new screenings use it",
        body: z
          .unknown()
          .describe("A catalogue in the shape of GET /api/screening/catalogues/{id}/{version}"),
        response: { 201: z.object({ id: z.string(), version: z.string() }) },
      },
      bodyLimit: 4 * 1024 * 1024,
    },
    async (request, reply) =>
      reply.status(201).send(await screenings.loadCatalogue(request.ctx, request.body)),
  );

  app.post(
    "/screenings",
    {
      config: { access: need("screening.create") },
      schema: {
        tags,
        summary: "Start an anonymous screening (a draft)",
        body: createScreeningBody,
        response: { 201: screeningView },
      },
    },
    async (request, reply) => reply.status(201).send(await screenings.create(request.ctx, request.body)),
  );

  app.get(
    "/screenings",
    {
      config: { access: need("screening.read") },
      schema: {
        tags,
        summary: "Screenings in scope (a first responder's own)",
        querystring: z.strictObject({ status: z.enum(["draft", "completed", "all"]).default("all") }),
        response: { 200: z.object({ items: z.array(screeningSummary) }) },
      },
    },
    async (request) => ({ items: await screenings.list(request.ctx, request.query.status) }),
  );

  app.get(
    "/screenings/:id",
    {
      config: { access: need("screening.read") },
      schema: { tags, summary: "One screening", params, response: { 200: screeningView } },
    },
    (request) => screenings.get(request.ctx, request.params.id),
  );

  app.patch(
    "/screenings/:id",
    {
      config: { access: need("screening.create") },
      schema: {
        tags,
        summary: "Save a step of a draft screening",
        params,
        body: saveScreeningBody,
        response: { 200: screeningView },
      },
    },
    (request) => screenings.save(request.ctx, request.params.id, request.body),
  );

  app.post(
    "/screenings/:id/complete",
    {
      config: { access: need("screening.create") },
      schema: {
        tags,
        summary: "Complete a screening: the server decides and fixes the explained outcome",
        params,
        body: z.strictObject({ version: z.number().int().min(1) }),
        response: { 200: screeningView },
      },
    },
    (request) => screenings.complete(request.ctx, request.params.id, request.body.version),
  );
};
