import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { ariadne, dataDir } from "./support.ts";

describe("the ariadne command on the embedded database", () => {
  const dir = dataDir();

  it("creates an administrator, refusing a weak password with the reason", async () => {
    const weak = await ariadne(
      dir,
      ["admin", "create", "--email", "root@example.org", "--name", "Rita Root"],
      {
        ARIADNE_ADMIN_PASSWORD: "short",
      },
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("at least 12 characters");
    const ok = await ariadne(dir, ["admin", "create", "--email", "root@example.org", "--name", "Rita Root"], {
      ARIADNE_ADMIN_PASSWORD: "a sufficiently long phrase",
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Administrator [0-9a-f-]{36} created/);
  });

  it("loads the demo data once", async () => {
    const first = await ariadne(dir, ["demo"]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /4 organisations, 7 users, 3 screenings, 5 services, 120 cases, \d+ referrals, 260 online ads in \d+ networks/,
    );
    const again = await ariadne(dir, ["demo"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already loaded");
  });

  it("exports cases as HTCDS files, refuses an import with unknown lookups by row, and imports a clean file", async () => {
    const out = join(dir, "shelter.csv");
    const exported = await ariadne(dir, [
      "cases",
      "export",
      "--organisation",
      "[Demo] Lantern House Shelter",
      "--out",
      out,
    ]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain(`120 cases written to ${out}`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const header = readFileSync(out, "utf8").split("\n")[0] ?? "";
    expect(header).toContain("prs_FirstName");

    // The demo cases' owner is a user of the shelter, unknown at the legal-aid organisation.
    const refused = await ariadne(dir, [
      "cases",
      "import",
      out,
      "--organisation",
      "[Demo] Open Door Legal Aid",
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing was imported/);
    expect(refused.stderr).toMatch(
      /rows\[2\]\.cas_CaseOwner: no user named "Demo Case Worker" in your organisation/,
    );

    const clean = join(dir, "clean.json");
    writeFileSync(
      clean,
      JSON.stringify([
        { prs_FirstName: "Imported", prs_Gender: "Masculine", vic_TypeOfExploitation: ["ForcedLabour"] },
      ]),
    );
    const imported = await ariadne(dir, [
      "cases",
      "import",
      clean,
      "--organisation",
      "[Demo] Open Door Legal Aid",
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("1 cases imported into [Demo] Open Door Legal Aid.");

    const sealed = join(dir, "all.json.zip");
    const encrypted = await ariadne(
      dir,
      ["cases", "export", "--out", sealed, "--password-env", "EXPORT_PASSWORD"],
      {
        EXPORT_PASSWORD: "correct horse battery staple",
      },
    );
    expect(encrypted.code, encrypted.stderr).toBe(0);
    expect(encrypted.stdout).toContain("121 cases written");
    expect(readFileSync(sealed).subarray(0, 2).toString()).toBe("PK");
  });

  // Many commands, each a process opening the database: slow on a busy machine.
  it("rotates the data key and everything still verifies", async () => {
    const rotated = await ariadne(dir, ["keys", "rotate"]);
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(rotated.stdout).toMatch(/New data key k\d+ is active; \d+ fields re-encrypted/);
    const verify = await ariadne(dir, ["audit", "verify"]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Audit chain intact: \d+ entries checked/);
  });

  it("backs up and restores into an empty data folder with every record", async () => {
    const file = join(dataDir(), "snapshot.backup");
    const backup = await ariadne(dir, ["backup", file]);
    expect(backup.code, backup.stderr).toBe(0);
    const counts = /app_user (\d+)/.exec(backup.stdout)?.[1];
    expect(counts).toBe("8");

    const fresh = dataDir();
    const restore = await ariadne(fresh, ["restore", file]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain("app_user 8");
    expect(restore.stdout).toContain("Audit chain intact");
    const again = await ariadne(fresh, ["restore", file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("needs an empty database");
  });

  it("exports the screening catalogue and imports a revision that new screenings use", async () => {
    const file = join(dataDir(), "catalogue.json");
    const exported = await ariadne(dir, ["indicators", "export", "--out", file]);
    expect(exported.code, exported.stderr).toBe(0);
    const catalogue = JSON.parse(readFileSync(file, "utf8")) as {
      id: string;
      version: string;
      indicators: unknown[];
    };
    expect(catalogue.id).toBe("ilo-ec-2009");
    expect(catalogue.indicators.length).toBeGreaterThan(60);
    writeFileSync(file, JSON.stringify({ ...catalogue, version: "1.0.1" }));
    const imported = await ariadne(dir, ["indicators", "import", file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("ilo-ec-2009 1.0.1 loaded and active");
    const again = await ariadne(dir, ["indicators", "import", file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("give the revision a new version");
    writeFileSync(file, JSON.stringify({ ...catalogue, version: "2.0.0", indicators: [] }));
    const broken = await ariadne(dir, ["indicators", "import", file]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Invalid catalogue");
  });

  it("names a changed audit entry and exits 1", async () => {
    const pg = await PGlite.create(join(dir, "pgdata"));
    await pg.exec(
      "alter table audit_log disable trigger user; update audit_log set action = 'forged' where seq = 2;",
    );
    await pg.close();
    const verify = await ariadne(dir, ["audit", "verify"]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain("entry 2: changed");
  });

  it("refuses to open a data folder that a running process holds", async () => {
    const held = dataDir();
    const first = await ariadne(held, ["migrate"]);
    expect(first.code).toBe(0);
    writeFileSync(join(held, "ariadne.lock"), String(process.pid));
    const second = await ariadne(held, ["migrate"]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`in use by process ${process.pid}`);
  });
});
