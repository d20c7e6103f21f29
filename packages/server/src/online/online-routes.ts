import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { need, SIGNED_IN } from "../http/access.ts";
import type { Services } from "../services.ts";
import {
  batchInput,
  batchView,
  decisionInput,
  networkQuery,
  networkSummary,
  networkView,
  onlineSettingsView,
  uploadQuery,
} from "./online-schema.ts";
import { UPLOAD_LIMIT } from "./online-service.ts";

const tags = ["online"];
const params = z.object({ id: z.uuid() });
/** A JSON batch of 20,000 ads of about 1 kB each. */
const JSON_BATCH_LIMIT = 20 * 1024 * 1024;
const UPLOAD_TYPES = [
  "application/octet-stream",
  "text/csv",
  "application/x-ndjson",
  "application/jsonl",
  "text/plain",
];

export const onlineRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { online } = services;

  app.post(
    "/online/batches",
    {
      config: { access: need("online.ingest") },
      bodyLimit: JSON_BATCH_LIMIT,
      schema: {
        tags,
        summary: "Submit a batch of ads as JSON (an API token or a session)",
        description:
          "Analyses the ads, links them with your organisation's earlier ads into clusters and networks, and answers with the batch report. Ads that cannot be analysed (empty, binary, duplicate id…) are skipped and counted by reason; the batch is stored whole or, on failure, not at all (status failed).",
        body: batchInput,
        response: { 201: batchView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await online.submitBatch(request.ctx, request.body, request.auth?.via ?? "session")),
  );

  // The upload in a scope of its own: there the body reaches the service as the raw stream.
  await app.register(async (scope) => {
    const raw = scope.withTypeProvider<ZodTypeProvider>();
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser(["application/json", ...UPLOAD_TYPES], (_request, payload, done) => {
      done(null, payload);
    });
    raw.post(
      "/online/batches/upload",
      {
        config: { access: need("online.ingest") },
        schema: {
          tags,
          summary: "Upload a file of ads: JSON lines or CSV, streamed",
          description: `Send the file as the request body (Content-Type text/csv, application/x-ndjson or application/octet-stream), at most ${String(UPLOAD_LIMIT / (1024 * 1024))} MB. It is read as it arrives. A CSV file needs a header line; the id and text columns (and any column named in the query) must be there, or the answer is 400 naming the column and the columns found. Rows that cannot become ads are skipped and reported by row number and reason.`,
          querystring: uploadQuery,
          response: { 201: batchView },
        },
      },
      async (request, reply) => {
        const length = Number(request.headers["content-length"]);
        const body = request.body instanceof Readable ? request.body : Readable.from([]);
        try {
          const batch = await online.submitFile(
            request.ctx,
            // Stopping early (a refusal) must not destroy the request: the answer still goes out.
            { [Symbol.asyncIterator]: () => body.iterator({ destroyOnReturn: false }) },
            request.query,
            Number.isFinite(length) ? length : undefined,
            request.auth?.via ?? "session",
          );
          return await reply.status(201).send(batch);
        } catch (error) {
          // The rest of a refused upload is not read: the connection closes after the answer.
          if (!body.readableEnded) void reply.header("connection", "close");
          throw error;
        }
      },
    );
  });

  app.get(
    "/online/batches",
    {
      config: { access: need("online.ingest") },
      schema: {
        tags,
        summary: "Your organisation's batches, newest first",
        response: { 200: z.object({ items: z.array(batchView) }) },
      },
    },
    async (request) => ({ items: await online.listBatches(request.ctx) }),
  );

  app.get(
    "/online/batches/:id",
    {
      config: { access: need("online.ingest") },
      schema: { tags, summary: "A batch and its report", params, response: { 200: batchView } },
    },
    (request) => online.getBatch(request.ctx, request.params.id),
  );

  app.get(
    "/online/networks",
    {
      config: { access: need("online.read") },
      schema: {
        tags,
        summary: "Networks of ads, ranked by score",
        querystring: networkQuery,
        response: { 200: z.object({ items: z.array(networkSummary) }) },
      },
    },
    async (request) => ({ items: await online.listNetworks(request.ctx, request.query) }),
  );

  app.get(
    "/online/networks/:id",
    {
      config: { access: need("online.read") },
      schema: {
        tags,
        summary: "A network: templates, member ads, identifiers, timeline, places and the decision (audited)",
        params,
        response: { 200: networkView },
      },
    },
    (request) => online.getNetwork(request.ctx, request.params.id),
  );

  app.post(
    "/online/networks/:id/decision",
    {
      config: { access: need("online.review") },
      schema: {
        tags,
        summary: "Escalate a network to law enforcement, monitor it or dismiss it, with the reason",
        params,
        body: decisionInput,
        response: { 200: networkView },
      },
    },
    (request) => online.decide(request.ctx, request.params.id, request.body),
  );

  app.get(
    "/online/networks/:id/evidence",
    {
      config: { access: need("online.read") },
      schema: {
        tags,
        summary: "The evidence package of a network: JSON, or a printable HTML report (audited)",
        params,
        querystring: z.strictObject({ format: z.enum(["json", "html"]).default("json") }),
      },
    },
    async (request, reply) => {
      const out = await online.evidence(request.ctx, request.params.id, request.query.format);
      return reply
        .header("content-type", out.mediaType)
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .header("cache-control", "no-store")
        .header("x-content-sha256", out.sha256)
        .send(out.file);
    },
  );

  app.get(
    "/online/identifiers/matches",
    {
      config: { access: need("online.read") },
      schema: {
        tags,
        summary: "How many other organisations hold an identifier, by its keyed hash (a count only)",
        querystring: z.strictObject({
          hash: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, "must be a keyed hash"),
        }),
        response: { 200: z.object({ hash: z.string(), otherOrganisations: z.int() }) },
      },
    },
    (request) => online.identifierMatches(request.ctx, request.query.hash),
  );

  app.get(
    "/online/settings",
    {
      // Analysts (online.read) for their organisation, retention managers for any they manage.
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: "How long an organisation keeps the raw text of ads",
        description:
          "Without organisationId: your own organisation (online.read or retention.manage). Another organisation needs retention.manage over it.",
        querystring: z.strictObject({ organisationId: z.uuid().optional() }),
        response: { 200: onlineSettingsView },
      },
    },
    (request) => online.settings(request.ctx, request.query.organisationId),
  );

  app.put(
    "/online/settings",
    {
      config: { access: need("retention.manage") },
      schema: {
        tags,
        summary: "Set how long an organisation keeps the raw text of ads (then it is purged daily)",
        body: z.strictObject({
          organisationId: z.uuid().optional(),
          textRetentionDays: z.int().min(1).max(3650),
        }),
        response: { 200: onlineSettingsView },
      },
    },
    (request) => online.setSettings(request.ctx, request.body),
  );
};
