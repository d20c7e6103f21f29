import { rotateDataKey } from "@ariadne/server";
import { say, withRuntime } from "./run.ts";

export function keysRotate(): Promise<void> {
  return withRuntime(async (runtime) => {
    const report = await rotateDataKey(
      runtime.database.db,
      runtime.keyring,
      runtime.services.audit,
      (done) => {
        process.stderr.write(`\rre-encrypted ${done} fields`);
      },
    );
    process.stderr.write("\n");
    say(
      `New data key ${report.newKeyId} is active; ${report.reencrypted} fields re-encrypted. Older keys stay readable for older backups.`,
    );
  });
}
