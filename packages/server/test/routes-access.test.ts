import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Access } from "../src/http/access.ts";
import { buildApp } from "../src/http/app.ts";
import type { ErrorBody } from "../src/http/errors.ts";
import type { Runtime } from "../src/runtime.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import { TestClient } from "./support/test-client.ts";

interface SeenRoute {
  readonly method: string;
  readonly url: string;
  readonly access: Access | undefined;
}

/**
 * `buildApp` registers every area's routes through `registerRoutes`. The mock below wraps
 * it, unchanged, to see each route's declared config on the real app, and to add one more
 * route for the tests that check the start-up refusal.
 */
const routeHooks = vi.hoisted(() => ({
  seen: [] as SeenRoute[],
  extra: undefined as ((app: FastifyInstance) => void) | undefined,
}));

vi.mock(import("../src/http/routes.ts"), async (importOriginal) => {
  const original = await importOriginal();
  return {
    ...original,
    registerRoutes: async (app: FastifyInstance, runtime: Runtime) => {
      app.addHook("onRoute", (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        for (const method of methods)
          routeHooks.seen.push({ method: String(method), url: route.url, access: route.config?.access });
      });
      await original.registerRoutes(app, runtime);
      routeHooks.extra?.(app);
    },
  };
});

/** Routes anyone may call. Adding one is a security decision: change this list knowingly. */
const PUBLIC_ROUTES = [
  "GET /api/health",
  // Only releases a statistician made public.
  "GET /api/public/stats",
  "GET /api/public/stats/:id/export",
  "GET /api/ready",
  "GET /api/setup",
  "POST /api/auth/login",
  "POST /api/setup",
];

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const withParams = (url: string) => url.replace(/:[A-Za-z]+/g, randomUUID());

/** Every method and path the router serves, from `printRoutes` (a tree whose labels concatenate to paths). */
function routerRoutes(app: FastifyInstance): string[] {
  const lines = app
    .printRoutes({ commonPrefix: false, includeHooks: false })
    .split("\n")
    .filter((l) => l.trim() !== "");
  const paths: string[] = [];
  const routes: string[] = [];
  for (const line of lines) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) throw new Error(`unexpected printRoutes line: ${line}`);
    const depth = (match[1] ?? "").length / 4;
    paths.length = depth;
    const path = (paths[depth - 1] ?? "") + (match[2] ?? "");
    paths.push(path);
    for (const method of match[3]?.split(", ") ?? []) routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

/** The OpenAPI document's operations as `METHOD /path/:param`. */
function documentedRoutes(app: FastifyInstance): string[] {
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    )
    .sort();
}

/** Swagger UI's pages and the OpenAPI document, registered by `buildApp` itself and public on purpose. */
const isDocumentation = (route: string) => /^[A-Z]+ \/api\/(docs($|\/|\*)|openapi\.json$)/.test(route);

describe.each(TEST_DATABASES)("declared access of every route on $name", (db) => {
  let t: TestApp;
  let routes: SeenRoute[];

  beforeAll(async () => {
    routeHooks.seen = [];
    t = await startTestApp(db);
    routes = [...routeHooks.seen];
  });
  afterAll(() => t.close());

  const apiRoutes = () => routes.filter((r) => r.url.startsWith("/api/"));
  const guarded = () => apiRoutes().filter((r) => !(r.access && "public" in r.access));

  it("serves no /api route that registerRoutes did not declare, documentation aside", () => {
    const served = routerRoutes(t.app).filter((r) => / \/api(\/|$)/.test(r) && !isDocumentation(r));
    expect(served).toEqual(apiRoutes().map(key).sort());
    // More than 40 method-path pairs today: the enumeration is not vacuous.
    expect(served.length).toBeGreaterThan(40);
  });

  it("documents every route but HEAD in the OpenAPI document, and the router has each one", () => {
    const documented = documentedRoutes(t.app);
    expect(documented).toEqual(
      apiRoutes()
        .filter((r) => r.method !== "HEAD")
        .map(key)
        .sort(),
    );
    for (const route of apiRoutes()) {
      expect(t.app.hasRoute({ method: route.method, url: route.url }), key(route)).toBe(true);
    }
  });

  it("declares config.access on every /api route, and only the known routes are public", () => {
    for (const route of apiRoutes()) {
      const access = route.access;
      expect(access, key(route)).toBeDefined();
      const valid =
        access !== undefined &&
        (("public" in access && access.public) ||
          ("stages" in access && access.stages.length > 0) ||
          ("permission" in access && access.permission.length > 0));
      expect(valid, `${key(route)} declares ${JSON.stringify(access)}`).toBe(true);
    }
    const publicRoutes = apiRoutes()
      .filter((r) => r.method !== "HEAD" && r.access && "public" in r.access)
      .map(key)
      .sort();
    expect(publicRoutes).toEqual(PUBLIC_ROUTES);
  });

  it("answers 401 unauthenticated on every non-public route to a request without a session or token", async () => {
    expect(guarded().length).toBeGreaterThan(30);
    for (const route of guarded()) {
      const res = await t.app.inject({
        method: route.method,
        url: withParams(route.url),
        ...(route.method === "GET" || route.method === "HEAD" ? {} : { payload: {} }),
      });
      expect(res.statusCode, key(route)).toBe(401);
      if (route.method !== "HEAD")
        expect(res.json<ErrorBody>().error.code, key(route)).toBe("unauthenticated");
    }
  });

  it("answers 401 on every non-public route to a made-up session cookie or API token", async () => {
    const forged = [
      { cookie: `ariadne_session=${randomUUID()}` },
      { authorization: `Bearer ari_${randomUUID()}` },
      { authorization: "Bearer not-even-an-ariadne-token" },
    ];
    for (const route of guarded().filter((r) => r.method !== "HEAD")) {
      for (const headers of forged) {
        const res = await t.app.inject({
          method: route.method,
          url: withParams(route.url),
          headers,
          ...(route.method === "GET" ? {} : { payload: {} }),
        });
        expect(res.statusCode, `${key(route)} with ${Object.keys(headers)[0] ?? ""}`).toBe(401);
        expect(res.json<ErrorBody>().error.code).toBe("unauthenticated");
      }
    }
  });

  it("answers the public routes without a session", async () => {
    const client = new TestClient(t.app);
    expect((await client.get("/api/health")).status).toBe(200);
    expect((await client.get("/api/ready")).body).toEqual({
      status: "ready",
      database: t.runtime.database.kind,
    });
    expect((await client.get("/api/setup")).body).toEqual({ required: true });
    expect((await client.get("/api/openapi.json")).status).toBe(200);
    // Reached the handler: refused for the body, not for the missing session.
    const login = await client.post<ErrorBody>("/api/auth/login", {});
    expect(login.status).toBe(400);
    expect(login.body.error.code).toBe("validation_failed");
  });

  describe("start-up refusal", () => {
    const refuses = async (add: (app: FastifyInstance) => void) => {
      routeHooks.extra = add;
      try {
        return await buildApp(t.runtime, { logger: false }).then(
          async (app) => {
            await app.close();
            return "started";
          },
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        );
      } finally {
        routeHooks.extra = undefined;
      }
    };

    it("refuses to start when an /api route lacks config.access", async () => {
      const outcome = await refuses((app) => app.get("/api/forgotten", () => ({ leaked: true })));
      expect(outcome).toBe(
        "Routes without a declared access (config.access): GET /api/forgotten, HEAD /api/forgotten",
      );
    });

    it("refuses to start when an /api route has a config without access", async () => {
      const outcome = await refuses((app) =>
        app.post("/api/forgotten", { config: {} }, () => ({ leaked: true })),
      );
      expect(outcome).toBe("Routes without a declared access (config.access): POST /api/forgotten");
    });

    // Known bug (see report): app.ts exempts every path starting with "/api/docs", not only Swagger UI's.
    it("refuses to start when a route whose path merely begins with /api/docs (e.g. /api/docsearch) lacks config.access", async () => {
      const outcome = await refuses((app) => app.get("/api/docsearch", () => ({ leaked: true })));
      expect(outcome).toBe(
        "Routes without a declared access (config.access): GET /api/docsearch, HEAD /api/docsearch",
      );
    });
  });
});
