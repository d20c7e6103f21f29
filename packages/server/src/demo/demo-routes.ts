import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { need } from "../http/access.ts";
import type { Services } from "../services.ts";

export const demoRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.post(
    "/demo",
    {
      config: { access: need("demo.load") },
      schema: {
        tags: ["demo"],
        summary: "Load the synthetic demo data (once)",
        body: z.strictObject({}).optional(),
        response: {
          201: z.object({
            organisations: z.number().int(),
            users: z.number().int(),
            screenings: z.number().int(),
            services: z.number().int(),
            cases: z.number().int(),
            referrals: z.number().int(),
            ads: z.number().int(),
            networks: z.number().int(),
          }),
        },
      },
    },
    async (request, reply) => reply.status(201).send(await services.demo.load(request.ctx)),
  );
};
