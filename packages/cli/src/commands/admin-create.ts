import { ORGANISATION_TYPES, type OrganisationType } from "@ariadne/domain";
import { SYSTEM_CONTEXT, type Runtime } from "@ariadne/server";
import { say, withRuntime } from "./run.ts";

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ARIADNE_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters), then Enter: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

export function adminCreate(options: {
  email: string;
  name: string;
  organisation: string;
  organisationType: string;
}): Promise<void> {
  return withRuntime(async (runtime: Runtime) => {
    if (!(ORGANISATION_TYPES as readonly string[]).includes(options.organisationType)) {
      throw new Error(`--organisation-type must be one of ${ORGANISATION_TYPES.join(", ")}`);
    }
    const password = await readPassword();
    const id = await runtime.services.users.createAdministrator(SYSTEM_CONTEXT, {
      email: options.email,
      fullName: options.name,
      password,
      organisationName: options.organisation,
      organisationType: options.organisationType as OrganisationType,
    });
    say(`Administrator ${id} created. They enrol a second factor at first sign-in.`);
  });
}
