import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { format, resolveConfig } from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { killAllChildren, REPO_ROOT, runCli, runNode } from "./support/server-process.ts";

const OPENAPI = join(REPO_ROOT, "packages/server/openapi.json");
const WEB_TYPES = join(REPO_ROOT, "packages/web/src/api/schema.d.ts");
/** The `openapi-typescript` command that `npm run generate` runs, found through its package's `bin`. */
const OPENAPI_TYPESCRIPT = (() => {
  const manifest = createRequire(import.meta.url).resolve("openapi-typescript/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> };
  return join(dirname(manifest), bin["openapi-typescript"] ?? "bin/cli.js");
})();
const STALE = "is out of date with the server's routes: run `npm run generate` and commit the result";

function committed(file: string): string {
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run generate\` and commit the result`);
  return readFileSync(file, "utf8");
}

describe("generated API files", () => {
  const scratch = mkdtempSync(join(tmpdir(), "ariadne-openapi-"));
  afterAll(() => {
    killAllChildren();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("commits the OpenAPI document that `ariadne openapi` prints", async () => {
    const printed = await runCli(["openapi"], {});
    expect(printed.code, printed.stderr).toBe(0);
    const generated = JSON.parse(printed.stdout) as unknown;
    expect(generated).toMatchObject({ openapi: "3.1.0", info: { title: "Ariadne API" } });
    expect(JSON.parse(committed(OPENAPI)), `packages/server/openapi.json ${STALE}`).toEqual(generated);
  }, 90_000);

  it("commits the web client's types that openapi-typescript makes from that document, formatted by prettier", async () => {
    committed(OPENAPI);
    const output = join(scratch, "schema.d.ts");
    const run = await runNode(OPENAPI_TYPESCRIPT, [OPENAPI, "-o", output]);
    expect(run.code, run.stderr).toBe(0);
    const options = await resolveConfig(WEB_TYPES);
    const expected = await format(readFileSync(output, "utf8"), { ...options, filepath: WEB_TYPES });
    expect(expected).toContain("export interface paths");
    expect(committed(WEB_TYPES), `packages/web/src/api/schema.d.ts ${STALE}`).toBe(expected);
  }, 90_000);
});
