import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "@ariadne/domain";
import type { Config } from "../config.ts";
import { ANY_STAGE, PUBLIC, SIGNED_IN, need } from "../http/access.ts";
import type { Services } from "../services.ts";
import type { Authenticated } from "./auth-service.ts";
import {
  apiTokenView,
  challengeBody,
  changePasswordBody,
  confirmEnrolmentBody,
  createApiTokenBody,
  enrolmentView,
  loginBody,
  sessionView,
} from "./auth-schema.ts";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.ts";

const tags = ["auth"];

/** The route's access already required a signed-in caller; this narrows the type. */
function signedIn(auth: Authenticated | null): Authenticated {
  if (!auth) throw new DomainError("unauthenticated", "Sign in first");
  return auth;
}

export const authRoutes: FastifyPluginAsyncZod<{ services: Services; config: Config }> = async (
  app,
  { services, config },
) => {
  const { auth } = services;
  const STRICT_LIMIT = { max: config.authRateLimitPerMinute, timeWindow: "1 minute" };

  app.post(
    "/auth/login",
    {
      config: { access: PUBLIC, rateLimit: STRICT_LIMIT },
      schema: {
        tags,
        summary: "Sign in with e-mail and password",
        body: loginBody,
        response: { 200: sessionView },
      },
    },
    async (request, reply) => {
      const { token, view } = await auth.login(request.ctx, request.body.email, request.body.password);
      setSessionCookie(reply, token, config);
      return view;
    },
  );

  app.get(
    "/auth/session",
    {
      config: { access: ANY_STAGE },
      schema: { tags, summary: "The current session; also keeps it alive", response: { 200: sessionView } },
    },
    (request) => auth.sessionView(signedIn(request.auth)),
  );

  app.post(
    "/auth/mfa/challenge",
    {
      config: { access: { stages: ["mfa_challenge"] }, rateLimit: STRICT_LIMIT },
      schema: {
        tags,
        summary: "Answer the second-factor challenge",
        body: challengeBody,
        response: { 200: sessionView },
      },
    },
    (request) => auth.challenge(request.ctx, signedIn(request.auth), request.body),
  );

  app.post(
    "/auth/mfa/enrolment",
    {
      config: { access: { stages: ["mfa_enrolment", "active"] } },
      schema: {
        tags,
        summary: "Start enrolling an authenticator app",
        body: z.strictObject({}).optional(),
        response: { 200: enrolmentView },
      },
    },
    (request) => auth.startEnrolment(request.ctx, signedIn(request.auth)),
  );

  app.post(
    "/auth/mfa/enrolment/confirm",
    {
      config: { access: { stages: ["mfa_enrolment", "active"] }, rateLimit: STRICT_LIMIT },
      schema: {
        tags,
        summary: "Confirm enrolment with a code; returns recovery codes, shown once",
        body: confirmEnrolmentBody,
        response: { 200: z.object({ recoveryCodes: z.array(z.string()), session: sessionView }) },
      },
    },
    (request) => auth.confirmEnrolment(request.ctx, signedIn(request.auth), request.body.code),
  );

  app.post(
    "/auth/password",
    {
      config: { access: { stages: ["password_change", "active"] }, rateLimit: STRICT_LIMIT },
      schema: {
        tags,
        summary: "Change own password; ends other sessions",
        body: changePasswordBody,
        response: { 200: sessionView },
      },
    },
    (request) =>
      auth.changePassword(
        request.ctx,
        signedIn(request.auth),
        request.body.currentPassword,
        request.body.newPassword,
      ),
  );

  app.post(
    "/auth/logout",
    {
      config: { access: ANY_STAGE },
      schema: { tags, summary: "Sign out of this session", response: { 204: z.null() } },
    },
    async (request, reply) => {
      await auth.logout(request.ctx, signedIn(request.auth));
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/auth/logout-all",
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: "Sign out of every session of this user", response: { 204: z.null() } },
    },
    async (request, reply) => {
      await auth.logoutEverywhere(request.ctx, signedIn(request.auth));
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/auth/tokens",
    {
      config: { access: need("token.manage") },
      schema: {
        tags,
        summary: "Own API tokens",
        response: { 200: z.object({ items: z.array(apiTokenView) }) },
      },
    },
    async (request) => ({ items: await auth.listTokens(signedIn(request.auth)) }),
  );

  app.post(
    "/auth/tokens",
    {
      config: { access: need("token.manage") },
      schema: {
        tags,
        summary: "Create an API token; the token is shown once",
        body: createApiTokenBody,
        response: { 201: z.object({ token: z.string(), apiToken: apiTokenView }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await auth.createToken(request.ctx, signedIn(request.auth), request.body)),
  );

  app.delete(
    "/auth/tokens/:id",
    {
      config: { access: need("token.manage") },
      schema: {
        tags,
        summary: "Revoke an own API token",
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.revokeToken(request.ctx, signedIn(request.auth), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
