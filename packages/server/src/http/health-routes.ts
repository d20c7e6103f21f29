import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Runtime } from "../runtime.ts";
import { PUBLIC } from "./access.ts";

export const healthRoutes: FastifyPluginAsyncZod<{ runtime: Runtime }> = async (app, { runtime }) => {
  app.get(
    "/health",
    {
      // Load balancers poll these; they are cheap and reveal nothing.
      config: { access: PUBLIC, rateLimit: false },
      schema: {
        tags: ["system"],
        summary: "The process is up",
        response: { 200: z.object({ status: z.literal("ok") }) },
      },
    },
    () => ({ status: "ok" as const }),
  );

  app.get(
    "/ready",
    {
      config: { access: PUBLIC, rateLimit: false },
      schema: {
        tags: ["system"],
        summary: "The database answers; load balancers send traffic only when ready",
        response: {
          200: z.object({ status: z.literal("ready"), database: z.enum(["pglite", "postgres"]) }),
          503: z.object({ status: z.literal("unavailable") }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await runtime.database.db.execute(sql`select 1`);
        return { status: "ready" as const, database: runtime.database.kind };
      } catch {
        return reply.status(503).send({ status: "unavailable" as const });
      }
    },
  );
};
