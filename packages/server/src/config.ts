import { resolve, join } from "node:path";
import { z } from "zod";

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Every setting Ariadne reads from the environment. The README documents each one. */
const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.url().optional(),
  ARIADNE_DATA_DIR: z.string().default(".ariadne"),
  ARIADNE_MASTER_KEY: z.string().optional(),
  ARIADNE_PUBLIC_URL: z.url().optional(),
  ARIADNE_SECURE_COOKIES: bool.optional(),
  ARIADNE_TRUST_PROXY: bool.default(false),
  ARIADNE_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  ARIADNE_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  ARIADNE_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  ARIADNE_AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  ARIADNE_WEB_DIST: z.string().optional(),
  /** The country statistics are reported for (ISO alpha-2): "reporting country" citizenship. */
  ARIADNE_REPORTING_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as RO")
    .default("RO"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly masterKey: string | undefined;
  readonly masterKeyFile: string;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly sessionIdleMs: number;
  readonly sessionAbsoluteMs: number;
  /** API requests per client address per minute. */
  readonly rateLimitPerMinute: number;
  /** Sign-in, second-factor and setup attempts per client address per minute. */
  readonly authRateLimitPerMinute: number;
  readonly webDist: string | undefined;
  readonly reportingCountry: string;
  readonly logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means unset, as in most shells' conventions.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = environment.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid settings in the environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.ARIADNE_DATA_DIR);
  const publicUrl = e.ARIADNE_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    masterKey: e.ARIADNE_MASTER_KEY,
    masterKeyFile: join(dataDir, "master.key"),
    publicUrl,
    secureCookies: e.ARIADNE_SECURE_COOKIES ?? publicUrl.startsWith("https:"),
    trustProxy: e.ARIADNE_TRUST_PROXY,
    sessionIdleMs: e.ARIADNE_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.ARIADNE_SESSION_ABSOLUTE_HOURS * 3_600_000,
    rateLimitPerMinute: e.ARIADNE_RATE_LIMIT,
    authRateLimitPerMinute: e.ARIADNE_AUTH_RATE_LIMIT,
    webDist: e.ARIADNE_WEB_DIST,
    reportingCountry: e.ARIADNE_REPORTING_COUNTRY,
    logLevel: e.LOG_LEVEL,
  };
}
