import { say, withRuntime } from "./run.ts";

export function migrateCommand(): Promise<void> {
  return withRuntime(async (runtime) => {
    say(`Migrations applied (${runtime.database.kind}).`);
  });
}
