import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "@ariadne/domain";
import { need, PUBLIC } from "../http/access.ts";
import type { Services } from "../services.ts";
import { IMPORT_FORMATS } from "./imports/index.ts";
import { EXPORT_FORMATS } from "./stats-service.ts";
import {
  aggregateCell,
  release,
  statTable,
  synthesisRequest,
  syntheticRelease,
  syntheticRisk,
} from "./stats-schema.ts";

const tags = ["statistics"];

const year = z.coerce.number().int().min(1990).max(2100);

export const statsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { stats } = services;

  app.get(
    "/stats/datasets",
    {
      config: { access: need("stats.read") },
      schema: {
        tags,
        summary: "Datasets for statistics and their privacy budgets",
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                kind: z.enum(["cases", "microdata", "aggregate"]),
                format: z.string().nullable(),
                reportingCountry: z.string(),
                budget: z.object({ epsilon: z.string(), delta: z.string() }),
                spent: z.object({ epsilon: z.string(), delta: z.string() }),
                releases: z.int(),
                createdAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await stats.datasets(request.ctx) }),
  );

  app.get(
    "/stats/tables",
    {
      config: { access: need("stats.read") },
      schema: {
        tags,
        summary:
          "Eurostat-style tables of one year: exact (stats.exact, audited) or protected by suppression",
        querystring: z.strictObject({
          datasetId: z.uuid(),
          year,
          exact: z
            .enum(["true", "false"])
            .transform((v) => v === "true")
            .default(false),
          threshold: z.coerce.number().int().min(2, "must be at least 2").max(100).default(5),
        }),
        response: {
          200: z.object({
            tables: z.array(statTable),
            trend: z.array(z.object({ year: z.int(), count: z.int().nullable() })),
          }),
        },
      },
    },
    (request) => stats.tables(request.ctx, request.query),
  );

  app.post(
    "/stats/releases",
    {
      config: { access: need("stats.publish") },
      schema: {
        tags,
        summary: "Publish a year's protected tables; a DP release is charged to the dataset's budget",
        body: z.strictObject({
          datasetId: z.uuid(),
          year: z.int().min(1990).max(2100),
          title: plainText(200),
          method: z.enum(["suppression", "dp-geometric"]),
          threshold: z.int().min(2, "must be at least 2").max(100).default(5),
          epsilon: z
            .string()
            .regex(/^\d+(\.\d+)?(\/\d+)?$/, "must be a positive number such as 0.5 or 1/2")
            .optional()
            .describe(
              "Total ε of the release, shared over its tables by fixed weights (the country tables, which feed the maps, 4 each, the others 1); the shares are in the release's parameters",
            ),
          public: z.boolean().default(false),
        }),
        response: { 201: z.object({ id: z.uuid(), tables: z.array(statTable) }) },
      },
    },
    async (request, reply) => reply.status(201).send(await stats.release(request.ctx, request.body)),
  );

  app.get(
    "/stats/releases",
    {
      config: { access: need("stats.read") },
      schema: {
        tags,
        summary: "Every release with its parameters",
        response: { 200: z.object({ items: z.array(release) }) },
      },
    },
    async (request) => ({ items: await stats.releases(request.ctx) }),
  );

  app.get(
    "/public/stats",
    {
      // The public statistics page: only releases a statistician made public.
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: "Public statistics: protected releases only, no sign-in",
        response: { 200: z.object({ items: z.array(release) }) },
      },
    },
    async () => ({ items: await stats.releases(null) }),
  );

  const exportFile = (
    format: (typeof EXPORT_FORMATS)[number],
    out: { file: Buffer; mediaType: string; fileName: string },
  ) => ({
    format,
    ...out,
  });

  app.get(
    "/stats/releases/:id/export",
    {
      config: { access: need("stats.read") },
      schema: {
        tags,
        summary: "A release as CSV, SDMX-CSV, XLSX, or a report (HTML, PDF)",
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
      },
    },
    async (request, reply) => {
      const out = exportFile(
        request.query.format,
        await stats.exportRelease(request.ctx, request.params.id, request.query.format),
      );
      return reply
        .header("content-type", out.mediaType)
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .send(out.file);
    },
  );

  app.get(
    "/public/stats/:id/export",
    {
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: "A public release as CSV, SDMX-CSV, XLSX, or a report (HTML, PDF)",
        params: z.object({ id: z.uuid() }),
        querystring: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
      },
    },
    async (request, reply) => {
      const out = await stats.exportRelease(null, request.params.id, request.query.format);
      return reply
        .header("content-type", out.mediaType)
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .send(out.file);
    },
  );

  app.get(
    "/stats/datasets/:id/aggregates",
    {
      config: { access: need("stats.read") },
      schema: {
        tags,
        summary: "The published figures of an imported aggregate dataset (GLOTIP, Eurostat)",
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ items: z.array(aggregateCell) }) },
      },
    },
    async (request) => ({ items: await stats.aggregates(request.ctx, request.params.id) }),
  );

  app.post(
    "/stats/synthetic",
    {
      config: { access: need("stats.publish") },
      schema: {
        tags,
        summary: "Make synthetic microdata from a dataset's protected marginals",
        description:
          "Counts every combination of up to combinationLength attributes, protects the counts (suppression below threshold, or DP with ε charged to the dataset's budget, refused with the reason when over it), then generates records that hold no combination the protected counts lack. Recorded with its parameters and its utility and risk reports.",
        body: synthesisRequest,
        response: { 201: syntheticRelease },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.synthetic.create(request.ctx, request.body)),
  );

  app.get(
    "/stats/synthetic",
    {
      config: { access: need("stats.publish") },
      schema: {
        tags,
        summary: "Synthetic microdata releases with their parameters and utility, newest first",
        response: { 200: z.object({ items: z.array(syntheticRelease) }) },
      },
    },
    async (request) => ({ items: await services.synthetic.list(request.ctx) }),
  );

  app.get(
    "/stats/synthetic/:id/records",
    {
      config: { access: need("stats.publish") },
      schema: {
        tags,
        summary: "The synthetic records as CSV (one column per attribute)",
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const out = await services.synthetic.recordsCsv(request.ctx, request.params.id);
      return reply
        .header("content-type", out.mediaType)
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .send(out.file);
    },
  );

  app.get(
    "/stats/synthetic/:id/utility",
    {
      config: { access: need("stats.publish") },
      schema: {
        tags,
        summary: "The utility report of a synthetic release, with its parameters, as a JSON file",
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const out = await services.synthetic.utilityFile(request.ctx, request.params.id);
      return reply
        .header("content-type", out.mediaType)
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .send(out.file);
    },
  );

  app.get(
    "/stats/synthetic/:id/risk",
    {
      config: { access: need("stats.exact") },
      schema: {
        tags,
        summary: "The re-identification risk of the data a synthesis came from (internal, audited)",
        params: z.object({ id: z.uuid() }),
        response: { 200: syntheticRisk },
      },
    },
    (request) => services.synthetic.risk(request.ctx, request.params.id),
  );

  // The import in a scope of its own: the file arrives as the raw body.
  await app.register(async (scope) => {
    const raw = scope.withTypeProvider<ZodTypeProvider>();
    raw.addContentTypeParser(
      ["text/csv", "text/plain", "application/octet-stream"],
      { parseAs: "buffer", bodyLimit: 256 * 1024 * 1024 },
      (_request, body, done) => {
        done(null, body);
      },
    );
    raw.post(
      "/stats/datasets/import",
      {
        config: { access: need("stats.publish") },
        bodyLimit: 256 * 1024 * 1024,
        schema: {
          tags,
          summary: "Import an outside dataset: CTDC (2017 or synthetic), UNODC GLOTIP or Eurostat CSV",
          description:
            "Send the CSV as the body (text/csv). A file with errors or unknown codes is refused with every problem named; acceptUnknownCodes=true imports unknown codes as unknown.",
          querystring: z.strictObject({
            format: z.enum(IMPORT_FORMATS),
            name: plainText(200),
            reportingCountry: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
            acceptUnknownCodes: z
              .enum(["true", "false"])
              .transform((v) => v === "true")
              .default(false),
          }),
          response: {
            201: z.object({
              id: z.uuid(),
              kind: z.enum(["microdata", "aggregate"]),
              records: z.int(),
              unknownCodes: z.array(z.object({ column: z.string(), value: z.string(), rows: z.int() })),
            }),
          },
        },
      },
      async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body.toString("utf8") : "";
        return reply.status(201).send(await stats.importDataset(request.ctx, body, request.query));
      },
    );
  });
};
