import { existsSync } from "node:fs";
import { backup, restore } from "@ariadne/server";
import { say, withRuntime } from "./run.ts";

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");

export function backupCommand(file: string): Promise<void> {
  return withRuntime(async (runtime) => {
    if (existsSync(file)) throw new Error(`${file} exists; choose a new file name`);
    const counts = await backup(runtime.database.db, file);
    say(`Backup written to ${file}: ${summary(counts)}.`);
    say(
      "Keep the master key (ARIADNE_MASTER_KEY or the data folder's master.key) safe and separate: the backup is useless without it.",
    );
  });
}

export function restoreCommand(file: string): Promise<void> {
  return withRuntime(async (runtime) => {
    if (!existsSync(file)) throw new Error(`${file} does not exist`);
    const counts = await restore(runtime.database.db, runtime.keyring, file);
    const check = await runtime.services.audit.verify();
    say(`Restored from ${file}: ${summary(counts)}.`);
    say(
      check.ok
        ? `Audit chain intact (${check.checked} entries).`
        : `WARNING: the restored audit chain has ${check.problems.length} problem(s); run ariadne audit verify.`,
    );
    return check.ok ? 0 : 1;
  });
}
