import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { DomainError, can, SYSTEM } from "@ariadne/domain";
import type { Authenticated } from "../auth/auth-service.ts";
import { SESSION_COOKIE } from "../auth/session-cookie.ts";
import type { RequestContext } from "../request-context.ts";
import type { Runtime } from "../runtime.ts";
import { constantTimeEqual } from "../security/secrets.ts";
import type { Access } from "./access.ts";
import { toHttpError } from "./errors.ts";
import { loggerOptions } from "./logging.ts";
import { registerRoutes } from "./routes.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
    ctx: RequestContext;
  }
}

export const CSRF_HEADER = "x-csrf-token";
const BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  readonly logger?: boolean;
  /** Folder of the built web app; served with a single-page fallback when present. */
  readonly webDist?: string | undefined;
}

/** The HTTP edge: parse, authenticate, check the declared access, call one use-case, present. */
export async function buildApp(runtime: Runtime, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config, services } = runtime;
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  // JSON only: a text/plain body is refused with 415 rather than parsed as a string.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("auth", null);
  // Set for every request by the onRequest hook below.
  app.decorateRequest("ctx", null as unknown as RequestContext);

  const routesWithoutAccess: string[] = [];
  app.addHook("onRoute", (route) => {
    const isDocs = route.url === "/api/docs" || route.url.startsWith("/api/docs/");
    if ((route.url === "/api" || route.url.startsWith("/api/")) && !isDocs && !route.config?.access) {
      routesWithoutAccess.push(`${String(route.method)} ${route.url}`);
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "no-referrer" },
  });
  await app.register(cookie);
  await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: "1 minute" });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Ariadne API",
        version: "0.1.0",
        description:
          "Ariadne's HTTP API. Browser clients use the session cookie and send the x-csrf-token header with every write; machine clients send `Authorization: Bearer ari_...` API tokens.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
          token: { type: "http", scheme: "bearer" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    // No call to the public swagger validator: the documentation works offline and leaks nothing.
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    transformStaticCSP: (header) =>
      header.replace(" validator.swagger.io", "").replace(/upgrade-insecure-requests;?\s*/, ""),
  });
  app.get("/api/openapi.json", { config: { access: { public: true } }, schema: { hide: true } }, () =>
    app.swagger(),
  );

  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config.access;
    request.ctx = { actor: null, clientAddress: request.ip };
    if (!access) return;
    const auth = await authenticate(request);
    request.auth = auth;
    request.ctx = { actor: auth?.actor ?? null, clientAddress: request.ip };
    if ("public" in access) return;
    if (!auth) throw new DomainError("unauthenticated", "Sign in first (or your session has ended)");
    if (auth.via === "session" && !["GET", "HEAD", "OPTIONS"].includes(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !auth.session || !constantTimeEqual(sent, auth.session.csrfToken)) {
        throw new DomainError("forbidden", `Missing or wrong ${CSRF_HEADER} header; reload the page`);
      }
    }
    if ("stages" in access) {
      if (!access.stages.includes(auth.stage)) throw stageError(auth);
      return;
    }
    if (auth.stage !== "active") throw stageError(auth);
    const decision = can(auth.actor, access.permission, SYSTEM);
    if (!decision.allow) {
      await services.audit.record(request.ctx, {
        action: "access.denied",
        outcome: "denied",
        details: { permission: access.permission, route: request.routeOptions.url, reason: decision.reason },
      });
      throw new DomainError("forbidden", `Not allowed: ${decision.reason}`);
    }
  });

  async function authenticate(request: FastifyRequest): Promise<Authenticated | null> {
    const header = request.headers.authorization;
    if (header?.startsWith("Bearer ")) {
      const auth = await services.auth.authenticateToken(header.slice(7).trim());
      if (!auth) throw new DomainError("unauthenticated", "The API token is unknown, revoked or expired");
      return auth;
    }
    const token = request.cookies[SESSION_COOKIE];
    return token ? ((await services.auth.authenticateSession(token, request.ip)) ?? null) : null;
  }

  app.setErrorHandler((error, request, reply) => {
    const { status, body, internal } = toHttpError(error);
    if (internal) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: body.error.code, status }, "request refused");
    return reply.status(status).send(body);
  });

  await registerRoutes(app, runtime);

  const webDist = options.webDist;
  const hasWeb = webDist !== undefined && existsSync(join(webDist, "index.html"));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: "index.html" });
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === "GET" && !request.url.startsWith("/api/")) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply.status(404).send({
      error: {
        code: "not_found",
        message: `No route ${request.method} ${request.url.split("?")[0] ?? ""}`,
        details: [],
      },
    });
  });

  await app.ready();
  if (routesWithoutAccess.length > 0) {
    throw new Error(`Routes without a declared access (config.access): ${routesWithoutAccess.join(", ")}`);
  }
  return app;
}

function stageError(auth: Authenticated): DomainError {
  return new DomainError(
    auth.stage === "mfa_challenge" || auth.stage === "mfa_enrolment" ? "second_factor_required" : "forbidden",
    `Finish signing in first: the session is at the ${auth.stage} step`,
  );
}
