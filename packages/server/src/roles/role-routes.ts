import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { need, SIGNED_IN } from "../http/access.ts";
import type { Services } from "../services.ts";
import { createRoleBody, permissionInfo, roleView, updateRoleBody } from "./role-schema.ts";

const tags = ["roles"];

export const roleRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { roles } = services;

  app.get(
    "/roles",
    {
      // Listed to user readers and managers as well; the service asks the policy for either.
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: "Roles with their permissions and scope",
        response: { 200: z.object({ items: z.array(roleView) }) },
      },
    },
    async (request) => ({ items: await roles.list(request.ctx) }),
  );

  app.get(
    "/permissions",
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: "The permission catalogue",
        response: { 200: z.object({ items: z.array(permissionInfo) }) },
      },
    },
    () => ({ items: roles.permissions() }),
  );

  app.post(
    "/roles",
    {
      config: { access: need("role.manage") },
      schema: { tags, summary: "Create a role", body: createRoleBody, response: { 201: roleView } },
    },
    async (request, reply) => reply.status(201).send(await roles.create(request.ctx, request.body)),
  );

  app.patch(
    "/roles/:id",
    {
      config: { access: need("role.manage") },
      schema: {
        tags,
        summary: "Change a role (built-in roles are fixed)",
        params: z.object({ id: z.uuid() }),
        body: updateRoleBody,
        response: { 200: roleView },
      },
    },
    (request) => roles.update(request.ctx, request.params.id, request.body),
  );
};
