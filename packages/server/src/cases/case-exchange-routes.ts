import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "@ariadne/domain";
import { need } from "../http/access.ts";
import type { Services } from "../services.ts";

const tags = ["cases"];
const FORMATS = ["xlsx", "csv", "json"] as const;
/** An HTCDS file of 50,000 full rows is about 40 MB as CSV. */
const IMPORT_LIMIT = 64 * 1024 * 1024;
const RAW_TYPES = [
  "application/octet-stream",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];

export const caseExchangeRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  const { caseExchange } = services;

  // The import in a scope of its own: there the file arrives as the raw body, whatever its kind.
  await app.register(async (scope) => {
    const raw = scope.withTypeProvider<ZodTypeProvider>();
    raw.addContentTypeParser(
      [...RAW_TYPES, "application/json"],
      { parseAs: "buffer", bodyLimit: IMPORT_LIMIT },
      (_request, body, done) => {
        done(null, body);
      },
    );
    raw.post(
      "/cases/import",
      {
        config: { access: need("case.exchange") },
        bodyLimit: IMPORT_LIMIT,
        schema: {
          tags,
          summary: "Import cases from an HTCDS file (IOM Excel template, CSV or JSON with HTCDS keys)",
          description:
            "Send the file as the request body (Content-Type application/octet-stream, text/csv, the .xlsx type or application/json). Every row is checked first; any problem rejects the whole file with every problem named by row and field (details[].path like rows[12].prs_Gender), and nothing is written.",
          querystring: z.strictObject({
            format: z.enum(FORMATS),
            dateOrder: z
              .enum(["DMY", "MDY"])
              .optional()
              .describe("How to read text dates such as 03/04/2024"),
          }),
          response: { 200: z.object({ imported: z.int(), caseIds: z.array(z.uuid()) }) },
        },
      },
      async (request) => {
        const body = request.body;
        const file = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        return caseExchange.importFile(request.ctx, file, request.query.format, {
          dateOrder: request.query.dateOrder,
        });
      },
    );
  });

  app.post(
    "/cases/export",
    {
      config: { access: need("case.exchange") },
      schema: {
        tags,
        summary: "Export your organisation's cases as an HTCDS file, optionally in an AES-256 encrypted zip",
        description:
          "A POST so that the password never appears in a URL. The file opens in 7-Zip or WinZip with the password (macOS Archive Utility cannot open AES zips).",
        body: z.strictObject({
          format: z.enum(FORMATS),
          password: plainText(200, { min: 12 })
            .optional()
            .describe("At least 12 characters; share it apart from the file"),
        }),
      },
    },
    async (request, reply) => {
      const out = await caseExchange.exportFile(request.ctx, request.body);
      return reply
        .header("content-type", out.mediaType)
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .header("cache-control", "no-store")
        .header("x-case-count", String(out.count))
        .send(out.file);
    },
  );
};
