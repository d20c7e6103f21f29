import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationFields } from "@ariadne/domain";
import type { Config } from "../config.ts";
import { sessionView } from "../auth/auth-schema.ts";
import { setSessionCookie } from "../auth/session-cookie.ts";
import { PUBLIC } from "../http/access.ts";
import type { Services } from "../services.ts";
import { email, fullName, password } from "../users/user-schema.ts";

export const setupRoutes: FastifyPluginAsyncZod<{ services: Services; config: Config }> = async (
  app,
  { services, config },
) => {
  app.get(
    "/setup",
    {
      config: { access: PUBLIC },
      schema: {
        tags: ["setup"],
        summary: "Whether first-run setup is still needed",
        response: { 200: z.object({ required: z.boolean() }) },
      },
    },
    async () => ({ required: await services.setup.required() }),
  );

  app.post(
    "/setup",
    {
      config: { access: PUBLIC, rateLimit: { max: config.authRateLimitPerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["setup"],
        summary: "Create the first organisation and administrator with the one-time setup token",
        body: z
          .strictObject({
            token: z.string().min(1).max(200),
            organisation: organisationFields,
            administrator: z.strictObject({ fullName, email, password }),
            loadDemoData: z.boolean().default(false),
          })
          .meta({ id: "Setup" }),
        response: { 201: sessionView },
      },
    },
    async (request, reply) => {
      const { token, view } = await services.setup.complete(request.ctx, request.body);
      setSessionCookie(reply, token, config);
      return reply.status(201).send(view);
    },
  );
};
