import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { need } from "../http/access.ts";
import type { Services } from "../services.ts";
import {
  createOrganisationBody,
  listOrganisationsQuery,
  organisationView,
  updateOrganisationBody,
} from "./organisation-schema.ts";

const tags = ["organisations"];
const params = z.object({ id: z.uuid() });

export const organisationRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  const { organisations } = services;

  app.get(
    "/organisations",
    {
      config: { access: need("organisation.read") },
      schema: {
        tags,
        summary: "Organisations",
        querystring: listOrganisationsQuery,
        response: { 200: z.object({ items: z.array(organisationView) }) },
      },
    },
    async (request) => ({ items: await organisations.list(request.ctx, request.query) }),
  );

  app.post(
    "/organisations",
    {
      config: { access: need("organisation.manage") },
      schema: {
        tags,
        summary: "Create an organisation (HTCDS org_ fields)",
        body: createOrganisationBody,
        response: { 201: organisationView },
      },
    },
    async (request, reply) => reply.status(201).send(await organisations.create(request.ctx, request.body)),
  );

  app.get(
    "/organisations/:id",
    {
      config: { access: need("organisation.read") },
      schema: { tags, summary: "One organisation", params, response: { 200: organisationView } },
    },
    (request) => organisations.get(request.ctx, request.params.id),
  );

  app.patch(
    "/organisations/:id",
    {
      config: { access: need("organisation.manage") },
      schema: {
        tags,
        summary: "Change an organisation, or deactivate it",
        params,
        body: updateOrganisationBody,
        response: { 200: organisationView },
      },
    },
    (request) => organisations.update(request.ctx, request.params.id, request.body),
  );
};
