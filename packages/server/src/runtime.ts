import type { Config } from "./config.ts";
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from "./db/connection.ts";
import { RoleService } from "./roles/role-service.ts";
import { StatsService } from "./stats/stats-service.ts";
import { ScreeningService } from "./screenings/screening-service.ts";
import { Keyring } from "./security/keyring.ts";
import { loadMasterKey } from "./security/master-key.ts";
import { createServices, type Services } from "./services.ts";

/** An open database with its keyring and services: what the server and the CLI run on. */
export interface Runtime {
  readonly config: Config;
  readonly database: DatabaseHandle;
  readonly keyring: Keyring;
  readonly services: Services;
  readonly masterKeyOrigin: "env" | "file" | "created";
  close(): Promise<void>;
}

export function databaseTarget(config: Config): DatabaseTarget {
  return config.databaseUrl
    ? { kind: "postgres", url: config.databaseUrl }
    : { kind: "pglite", dataDir: config.dataDir };
}

/** Opens the database, applies migrations, loads keys and creates the built-in roles. */
export async function openRuntime(
  config: Config,
  options: { target?: DatabaseTarget; now?: () => Date } = {},
): Promise<Runtime> {
  const database = await openDatabase(options.target ?? databaseTarget(config));
  try {
    await database.migrate();
    const master = loadMasterKey({ env: config.masterKey, file: config.masterKeyFile });
    const keyring = await Keyring.load(database.db, master.key);
    await RoleService.ensureBuiltIns(database.db);
    await ScreeningService.ensureShippedCatalogue(database.db);
    await StatsService.ensureCasesDataset(database.db, config.reportingCountry);
    const services = createServices(database.db, keyring, {
      idleMs: config.sessionIdleMs,
      absoluteMs: config.sessionAbsoluteMs,
      ...(options.now ? { now: options.now } : {}),
    });
    return {
      config,
      database,
      keyring,
      services,
      masterKeyOrigin: master.origin,
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
