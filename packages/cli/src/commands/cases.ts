import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { DomainError } from "@ariadne/domain";
import { SYSTEM_CONTEXT, type Runtime } from "@ariadne/server";
import { say, withRuntime } from "./run.ts";

type Format = "xlsx" | "csv" | "json";

function formatOf(file: string, given: string | undefined): Format {
  const format = given ?? extname(file).slice(1).toLowerCase();
  if (format === "xlsx" || format === "csv" || format === "json") return format;
  throw new Error(`cannot tell the format of ${file}; give --format xlsx, csv or json`);
}

async function organisationId(runtime: Runtime, name: string): Promise<string> {
  const found = await runtime.services.organisations.findByName(name);
  if (!found) throw new Error(`no organisation named "${name}"`);
  return found;
}

/** `ariadne cases import <file> --organisation <name>`: all rows or none, errors by row and field. */
export function casesImport(
  file: string,
  options: { organisation: string; format?: string; dateOrder?: "DMY" | "MDY" },
): Promise<void> {
  return withRuntime(async (runtime) => {
    const format = formatOf(file, options.format);
    try {
      const result = await runtime.services.caseExchange.importFile(
        SYSTEM_CONTEXT,
        await readFile(file),
        format,
        {
          organisationId: await organisationId(runtime, options.organisation),
          dateOrder: options.dateOrder,
        },
      );
      say(`${result.imported} cases imported into ${options.organisation}.`);
      return 0;
    } catch (error) {
      if (!(error instanceof DomainError) || error.details.length === 0) throw error;
      process.stderr.write(`ariadne: ${error.message}\n`);
      for (const d of error.details) process.stderr.write(`  ${d.path}: ${d.message}\n`);
      return 1;
    }
  });
}

/** `ariadne cases export --out <file>`: the password, if any, comes from an environment variable. */
export function casesExport(options: {
  out: string;
  organisation?: string;
  format?: string;
  passwordEnv?: string;
}): Promise<void> {
  return withRuntime(async (runtime) => {
    const format = formatOf(options.out.replace(/\.zip$/i, ""), options.format);
    const password = options.passwordEnv ? process.env[options.passwordEnv] : undefined;
    if (options.passwordEnv && !password)
      throw new Error(`the environment variable ${options.passwordEnv} is empty`);
    const out = await runtime.services.caseExchange.exportFile(SYSTEM_CONTEXT, {
      format,
      password,
      organisationId: options.organisation ? await organisationId(runtime, options.organisation) : undefined,
    });
    await writeFile(options.out, out.file, { mode: 0o600 });
    say(`${out.count} cases written to ${options.out}${password ? " (AES-256 encrypted zip)" : ""}.`);
  });
}
