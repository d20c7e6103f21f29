import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "@ariadne/domain";
import { need } from "../http/access.ts";
import type { Services } from "../services.ts";

const tags = ["audit"];

const filters = z.strictObject({
  actorUserId: z.uuid().optional(),
  action: plainText(100).optional(),
  resourceType: plainText(100).optional(),
  resourceId: plainText(200).optional(),
  outcome: z.enum(["success", "denied", "failure"]).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});
type Filters = z.infer<typeof filters>;

const entry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorOrganisationId: z.string().nullable(),
    action: z.string(),
    resourceType: z.string().nullable(),
    resourceId: z.string().nullable(),
    outcome: z.enum(["success", "denied", "failure"]),
    clientAddress: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEntry" });

/** A date alone means the whole day: `to=2026-11-29` includes that day. */
function toRange(f: Filters) {
  const end =
    f.to && !f.to.includes("T")
      ? new Date(Date.parse(f.to) + 86_400_000 - 1)
      : f.to
        ? new Date(f.to)
        : undefined;
  return { ...f, from: f.from ? new Date(f.from) : undefined, to: end };
}

export const auditRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { audit } = services;

  app.get(
    "/audit",
    {
      config: { access: need("audit.read") },
      schema: {
        tags,
        summary: "Audit entries, newest first",
        querystring: filters.extend({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          before: z.coerce.number().int().min(1).optional(),
        }),
        response: { 200: z.object({ items: z.array(entry), nextBefore: z.number().int().nullable() }) },
      },
    },
    async (request) => {
      const { limit, before, ...rest } = request.query;
      const page = await audit.list(toRange(rest), limit, before);
      await audit.record(request.ctx, { action: "audit.read", details: { count: page.items.length } });
      return page;
    },
  );

  app.get(
    "/audit/export",
    {
      config: { access: need("audit.read") },
      schema: {
        tags,
        summary: "Audit entries as CSV, oldest first",
        querystring: filters,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const csv = await audit.exportCsv(toRange(request.query));
      await audit.record(request.ctx, {
        action: "audit.export",
        details: { filters: Object.keys(request.query) },
      });
      return reply
        .type("text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="ariadne-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        )
        .send(csv);
    },
  );

  app.post(
    "/audit/verify",
    {
      config: { access: need("audit.read") },
      schema: {
        tags,
        summary: "Verify the hash chain; names every changed, removed or reordered entry",
        body: z.strictObject({}).optional(),
        response: {
          200: z
            .object({
              ok: z.boolean(),
              checked: z.number().int(),
              head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
              problems: z.array(
                z.object({
                  seq: z.number().int(),
                  kind: z.enum(["changed", "removed", "reordered"]),
                  message: z.string(),
                }),
              ),
            })
            .meta({ id: "AuditVerifyResult" }),
        },
      },
    },
    async (request) => {
      const result = await audit.verify();
      await audit.record(request.ctx, {
        action: "audit.verify",
        outcome: result.ok ? "success" : "failure",
        details: { checked: result.checked, problems: result.problems.length },
      });
      return result;
    },
  );
};
