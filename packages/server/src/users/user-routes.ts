import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { need } from "../http/access.ts";
import type { Services } from "../services.ts";
import {
  createUserBody,
  listUsersQuery,
  resetPasswordBody,
  updateUserBody,
  userView,
  versionBody,
} from "./user-schema.ts";

const tags = ["users"];
const params = z.object({ id: z.uuid() });

export const userRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { users } = services;

  app.get(
    "/users",
    {
      config: { access: need("user.read") },
      schema: {
        tags,
        summary: "People who use Ariadne, in scope",
        querystring: listUsersQuery,
        response: { 200: z.object({ items: z.array(userView) }) },
      },
    },
    async (request) => ({ items: await users.list(request.ctx, request.query) }),
  );

  app.post(
    "/users",
    {
      config: { access: need("user.manage") },
      schema: {
        tags,
        summary: "Create a user; they change the initial password at first sign-in",
        body: createUserBody,
        response: { 201: userView },
      },
    },
    async (request, reply) => reply.status(201).send(await users.create(request.ctx, request.body)),
  );

  app.get(
    "/users/:id",
    {
      config: { access: need("user.read") },
      schema: { tags, summary: "One user", params, response: { 200: userView } },
    },
    (request) => users.get(request.ctx, request.params.id),
  );

  app.patch(
    "/users/:id",
    {
      config: { access: need("user.manage") },
      schema: {
        tags,
        summary: "Change a user's name, organisation, role or language",
        params,
        body: updateUserBody,
        response: { 200: userView },
      },
    },
    (request) => users.update(request.ctx, request.params.id, request.body),
  );

  app.post(
    "/users/:id/reset-password",
    {
      config: { access: need("user.manage") },
      schema: {
        tags,
        summary: "Set a new initial password for a user who forgot theirs; ends their sessions",
        params,
        body: resetPasswordBody,
        response: { 200: userView },
      },
    },
    (request) =>
      users.resetPassword(request.ctx, request.params.id, request.body.version, request.body.password),
  );

  const actions = {
    deactivate: {
      summary: "Deactivate a user, keeping their history; ends their sessions",
      run: users.deactivate.bind(users),
    },
    reactivate: { summary: "Reactivate a deactivated user", run: users.reactivate.bind(users) },
    "reset-second-factor": {
      summary: "Remove a user's second factor so they enrol again",
      run: users.resetSecondFactor.bind(users),
    },
    unlock: { summary: "Lift a lockout after failed sign-ins", run: users.unlock.bind(users) },
  } as const;
  for (const [name, action] of Object.entries(actions)) {
    app.post(
      `/users/:id/${name}`,
      {
        config: { access: need("user.manage") },
        schema: { tags, summary: action.summary, params, body: versionBody, response: { 200: userView } },
      },
      (request) => action.run(request.ctx, request.params.id, request.body.version),
    );
  }
};
