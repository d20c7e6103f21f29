import { readFileSync, writeFileSync } from "node:fs";
import { SYSTEM_CONTEXT } from "@ariadne/server";
import { say, withRuntime } from "./run.ts";

/** Writes a catalogue version (the active one by default) as JSON, to edit and import as a revision. */
export function indicatorsExport(options: { id?: string; version?: string; out?: string }): Promise<void> {
  return withRuntime(async (runtime) => {
    const { screenings } = runtime.services;
    const all = await screenings.listCatalogues();
    const chosen =
      options.id && options.version
        ? { id: options.id, version: options.version }
        : all.find((c) => c.active);
    if (!chosen) throw new Error("no active catalogue; name one with --id and --version");
    const json = `${JSON.stringify(await screenings.catalogue(chosen.id, chosen.version), null, 2)}\n`;
    if (options.out) {
      writeFileSync(options.out, json);
      say(`Catalogue ${chosen.id} ${chosen.version} written to ${options.out}.`);
    } else {
      process.stdout.write(json);
    }
  });
}

/** Loads a revised catalogue version from JSON and makes it the one new screenings use. */
export function indicatorsImport(file: string, options: { activate: boolean }): Promise<void> {
  return withRuntime(async (runtime) => {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(
        `${file} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
    const loaded = await runtime.services.screenings.loadCatalogueAsSystem(
      SYSTEM_CONTEXT,
      input,
      options.activate,
    );
    say(
      `Catalogue ${loaded.id} ${loaded.version} loaded${options.activate ? " and active for new screenings" : ""}.`,
    );
  });
}
