import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CAS_STATUS,
  changeStageInput,
  changeStatusInput,
  commentInput,
  connectedPersonInput,
  consentInput,
  eventInput,
  nrmPathwaySchema,
  nrmStageSchema,
  openCaseInput,
  personFields,
  proceedingInput,
  searchText,
  supportPlanInput,
  taskInput,
  updateCaseInput,
} from "@ariadne/domain";
import { need, SIGNED_IN } from "../http/access.ts";
import type { RequestContext } from "../request-context.ts";
import type { Services } from "../services.ts";
import { caseload, caseMatch, caseSummary, caseView, historyEntry } from "./case-schema.ts";

const tags = ["cases"];
const params = z.object({ id: z.uuid() });
const partParams = z.object({ id: z.uuid(), partId: z.uuid() });
const version = z.int().min(1);
const created = z.object({ id: z.uuid() });
const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export const caseRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { cases, caseParts } = services;

  app.get(
    "/cases",
    {
      config: { access: need("case.read") },
      schema: {
        tags,
        summary: "Cases in scope and cases shared with you, with filters and search",
        querystring: z.strictObject({
          status: z.enum(CAS_STATUS).optional(),
          stage: z.string().max(40).optional(),
          mine: flag.optional(),
          referredToMe: flag.optional(),
          overdue: flag.optional(),
          q: searchText(200).optional().describe("A case reference (C-…) or name words"),
        }),
        response: { 200: z.object({ items: z.array(caseSummary) }) },
      },
    },
    async (request) => ({ items: await cases.list(request.ctx, request.query) }),
  );

  app.post(
    "/cases/search-before-create",
    {
      config: { access: need("case.write") },
      schema: {
        tags,
        summary: "Possible existing records of a person, before opening a case",
        description:
          "Matches on blind-indexed name and birth date, phonetic name variants with birth year, phones and identity number. A case at another organisation is shown only as whom to contact.",
        body: personFields
          .partial()
          .describe("The person as typed so far; only identifying fields are matched"),
        response: { 200: z.object({ matches: z.array(caseMatch) }) },
      },
    },
    async (request) => ({ matches: await cases.searchBeforeCreate(request.ctx, request.body) }),
  );

  app.post(
    "/cases",
    {
      config: { access: need("case.write") },
      schema: {
        tags,
        summary: "Open a case (from a completed screening or directly)",
        body: openCaseInput,
        response: { 201: caseView },
      },
    },
    async (request, reply) => reply.status(201).send(await cases.open(request.ctx, request.body)),
  );

  app.get(
    "/cases/:id",
    {
      config: { access: need("case.read") },
      schema: {
        tags,
        summary: "One case: the parts you may see (audited)",
        params,
        response: { 200: caseView },
      },
    },
    (request) => cases.get(request.ctx, request.params.id),
  );

  app.patch(
    "/cases/:id",
    {
      config: { access: need("case.write") },
      schema: {
        tags,
        summary: "Change the person, victim context or case fields",
        params,
        body: updateCaseInput,
        response: { 200: caseView },
      },
    },
    (request) => cases.update(request.ctx, request.params.id, request.body),
  );

  app.post(
    "/cases/:id/status",
    {
      config: { access: need("case.write") },
      schema: {
        tags,
        summary: "Change the HTCDS case status (closing needs a reason)",
        params,
        body: changeStatusInput,
        response: { 200: caseView },
      },
    },
    (request) => cases.changeStatus(request.ctx, request.params.id, request.body),
  );

  app.post(
    "/cases/:id/stage",
    {
      config: { access: need("case.write") },
      schema: {
        tags,
        summary: "Move the case to a stage of its National Referral Mechanism",
        params,
        body: changeStageInput,
        response: { 200: caseView },
      },
    },
    (request) => cases.changeStage(request.ctx, request.params.id, request.body),
  );

  app.get(
    "/cases/:id/history",
    {
      config: { access: need("case.read") },
      schema: {
        tags,
        summary: "Change history and who-viewed log of a case, from the audit chain",
        params,
        response: { 200: z.object({ items: z.array(historyEntry) }) },
      },
    },
    async (request) => ({ items: await cases.history(request.ctx, request.params.id) }),
  );

  app.get(
    "/caseload",
    {
      config: { access: need("case.read") },
      schema: {
        tags,
        summary: "Caseload dashboard: open cases by stage, overdue tasks, pending referrals",
        response: { 200: caseload },
      },
    },
    (request) => cases.caseload(request.ctx),
  );

  app.get(
    "/nrm-pathways",
    {
      // Stage names are configuration, not personal data.
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: "National Referral Mechanism pathways by country (* is the default)",
        response: {
          200: z.object({
            items: z.array(
              z.object({ country: z.string(), stages: z.array(nrmStageSchema), version: z.int() }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await cases.pathways() }),
  );

  app.put(
    "/nrm-pathways/:country",
    {
      config: { access: need("nrm.configure") },
      schema: {
        tags,
        summary: "Set a country's pathway",
        params: z.object({
          country: z.string().regex(/^([A-Z]{2}|\*)$/, "must be an ISO 3166-1 alpha-2 code or *"),
        }),
        body: z.strictObject({ stages: nrmPathwaySchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await cases.setPathway(request.ctx, request.params.country, request.body.stages);
      return reply.status(204).send(null);
    },
  );

  // --- parts of a case -------------------------------------------------------------------------

  const add = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (ctx: RequestContext, id: string, input: z.infer<S>) => Promise<string>,
  ) =>
    app.post(
      `/cases/:id/${path}`,
      {
        config: { access: need("case.write") },
        schema: { tags, summary, params, body, response: { 201: created } },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await run(request.ctx, request.params.id, request.body as z.infer<S>) }),
    );

  add(
    "events",
    "Add a trafficking event (recruitment, transit, exploitation)",
    eventInput,
    (ctx, id, input) => caseParts.addEvent(ctx, id, input),
  );
  add("support-plans", "Add a support plan", supportPlanInput, (ctx, id, input) =>
    caseParts.addSupportPlan(ctx, id, input),
  );
  add("consents", "Record the person's consent and its purposes", consentInput, (ctx, id, input) =>
    caseParts.addConsent(ctx, id, input),
  );
  add("people", "Connect a perpetrator or other person to the case", connectedPersonInput, (ctx, id, input) =>
    caseParts.addConnectedPerson(ctx, id, input),
  );
  add("comments", "Add a formal case comment", commentInput, (ctx, id, input) =>
    caseParts.addComment(ctx, id, input.cco_CaseComment),
  );
  add("tasks", "Add a task with an owner and due date", taskInput, (ctx, id, input) =>
    caseParts.addTask(ctx, id, input),
  );
  add("proceedings", "Add a criminal proceeding", proceedingInput, (ctx, id, input) =>
    caseParts.addProceeding(ctx, id, input),
  );

  const change = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (ctx: RequestContext, id: string, partId: string, input: z.infer<S>) => Promise<string>,
  ) =>
    app.patch(
      `/cases/:id/${path}/:partId`,
      {
        config: { access: need("case.write") },
        schema: { tags, summary, params: partParams, body, response: { 200: created } },
      },
      async (request) => ({
        id: await run(request.ctx, request.params.id, request.params.partId, request.body as z.infer<S>),
      }),
    );

  change(
    "events",
    "Change a trafficking event",
    eventInput.partial().extend({ version }),
    (ctx, id, partId, { version: v, ...input }) => caseParts.updateEvent(ctx, id, partId, v, input),
  );
  change(
    "support-plans",
    "Change a support plan",
    supportPlanInput.partial().extend({ version }),
    (ctx, id, partId, { version: v, ...input }) => caseParts.updateSupportPlan(ctx, id, partId, v, input),
  );
  change(
    "consents",
    "Withdraw a consent (ends referrals resting on it)",
    z.strictObject({ version, withdraw: z.literal(true) }),
    (ctx, id, partId, input) => caseParts.withdrawConsent(ctx, id, partId, input.version),
  );
  change(
    "tasks",
    "Mark a task done or not done",
    z.strictObject({ version, done: z.boolean() }),
    (ctx, id, partId, input) => caseParts.completeTask(ctx, id, partId, input.version, input.done),
  );
  change(
    "proceedings",
    "Change a criminal proceeding",
    proceedingInput.extend({ version }),
    (ctx, id, partId, { version: v, ...input }) => caseParts.updateProceeding(ctx, id, partId, v, input),
  );
};
