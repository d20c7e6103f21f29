export { loadConfig, type Config } from "./config.ts";
export { openRuntime, databaseTarget, type Runtime } from "./runtime.ts";
export { buildApp } from "./http/app.ts";
export { openDatabase, type DatabaseHandle, type DatabaseTarget } from "./db/connection.ts";
export { backup, restore } from "./db/backup.ts";
export { rotateDataKey } from "./security/key-rotation.ts";
export { SYSTEM_CONTEXT } from "./request-context.ts";
export { DEMO_PASSWORD } from "./demo/demo-data.ts";
