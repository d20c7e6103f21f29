import { randomBytes } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { runAriadne, tempFolder } from "./support.ts";

const MASTER_KEY = randomBytes(32).toString("base64");

function dataDir(): string {
  return tempFolder("ariadne-cli-");
}

/** Runs `ariadne <args>` on the embedded database in `dir`. */
function ariadne(dir: string, args: string[], env: Record<string, string> = {}) {
  return runAriadne(
    args,
    {
      ...process.env,
      DATABASE_URL: "",
      ARIADNE_DATA_DIR: dir,
      ARIADNE_MASTER_KEY: MASTER_KEY,
      LOG_LEVEL: "silent",
      ...env,
    },
    60_000,
  );
}

describe("the ariadne command on the embedded database", () => {
  const dir = dataDir();
  /** The CTDC file the statistics test imports, for the synthesis test after it. */
  let ctdcDataset = "";

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
  it("counts statistics that match a direct count, on the demo cases and on an imported CTDC file", async () => {
    const year = new Date().getUTCFullYear() - 1;
    const printed = await ariadne(dir, ["stats", "tables", "--year", String(year), "--format", "json"]);
    expect(printed.code, printed.stderr).toBe(0);
    const { tables } = JSON.parse(printed.stdout) as {
      tables: { id: string; cells: { categories: string[]; value: number | null }[] }[];
    };
    const total = (id: string) =>
      tables.find((t) => t.id === id)?.cells.find((c) => c.categories.join() === "TOTAL")?.value;
    const pg = await PGlite.create(join(dir, "pgdata"));
    const direct = await pg.query<{ n: number }>(
      `select count(*)::int as n from htcds_case where extract(year from registered_on::date) = $1
         and coalesce(vic_trafficking_status, '') <> 'NotAVictimOfTrafficking'`,
      [year],
    );
    await pg.close();
    expect(direct.rows[0]?.n).toBeGreaterThan(0);
    expect(total("victims.sex")).toBe(direct.rows[0]?.n);

    // A CTDC-format file: each valid row is one registered victim of its year.
    const fixture = readFileSync(
      new URL("../../server/src/stats/imports/fixtures/ctdc-2017.csv", import.meta.url),
      "utf8",
    )
      .trim()
      .split("\n");
    const header = fixture[0] ?? "";
    const valid = fixture.slice(1).filter((line) => /^20\d\d,/.test(line));
    const lines = Array.from({ length: 60 }, (_, i) =>
      (valid[i % valid.length] ?? "").replace(/^20\d\d/, String(2017 + (i % 4))),
    );
    const file = join(dir, "ctdc.csv");
    writeFileSync(file, [header, ...lines].join("\n"));
    const imported = await ariadne(dir, [
      "stats",
      "import",
      file,
      "--format",
      "ctdc-2017",
      "--name",
      "CTDC sample",
      "--accept-unknown-codes",
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    const id = /Dataset ([0-9a-f-]{36}) imported: 60 victim records/.exec(imported.stdout)?.[1] ?? "";
    expect(id).not.toBe("");
    ctdcDataset = id;
    const of2018 = await ariadne(dir, [
      "stats",
      "tables",
      "--dataset",
      id,
      "--year",
      "2018",
      "--format",
      "json",
    ]);
    const ctdc = JSON.parse(of2018.stdout) as {
      tables: { id: string; cells: { categories: string[]; value: number | null }[] }[];
    };
    expect(
      ctdc.tables.find((t) => t.id === "victims.sex")?.cells.find((c) => c.categories.join() === "TOTAL")
        ?.value,
    ).toBe(lines.filter((l) => l.startsWith("2018,")).length);

    const broken = join(dir, "broken.csv");
    writeFileSync(broken, fixture.join("\n"));
    const refused = await ariadne(dir, [
      "stats",
      "import",
      broken,
      "--format",
      "ctdc-2017",
      "--name",
      "Broken",
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The file was not imported/);

    const released = await ariadne(dir, [
      "stats",
      "release",
      "--year",
      String(year),
      "--method",
      "dp-geometric",
      "--epsilon",
      "3",
      "--public",
    ]);
    expect(released.code, released.stderr).toBe(0);
    const over = await ariadne(dir, [
      "stats",
      "release",
      "--year",
      String(year),
      "--method",
      "dp-geometric",
      "--epsilon",
      "2",
    ]);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/refused/);
    const releaseId = /Release ([0-9a-f-]{36})/.exec(released.stdout)?.[1] ?? "";
    const sdmx = join(dir, "release.csv");
    expect(
      (await ariadne(dir, ["stats", "export", "--release", releaseId, "--format", "sdmx", "--out", sdmx]))
        .code,
    ).toBe(0);
    expect(readFileSync(sdmx, "utf8")).toMatch(/^DATAFLOW,/);
    const report = join(dir, "report.pdf");
    const written = await ariadne(dir, ["stats", "report", "--year", String(year), "--out", report]);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(report).subarray(0, 5).toString()).toBe("%PDF-");
    const map = join(dir, "map.png");
    const drawn = await ariadne(dir, [
      "stats",
      "chart",
      "--year",
      String(year),
      "--table",
      "victims.citizenship",
      "--out",
      map,
    ]);
    expect(drawn.code, drawn.stderr).toBe(0);
    expect(readFileSync(map).subarray(1, 4).toString()).toBe("PNG");
  }, 240_000);

  it("makes synthetic microdata with a report, refusing bad options (exit 2) and an over-budget DP synthesis", async () => {
    const out = join(dir, "synthetic");
    const synthesize = (...args: string[]) => ariadne(dir, ["stats", "synthesize", ...args]);
    const base = ["--from-year", "2021", "--attributes", "sex,age_group", "--out", out];
    for (const [args, pattern] of [
      [["--threshold", "1"], /--threshold: must be at least 2/],
      [["--method", "dp-geometric", "--epsilon", "0"], /--epsilon: must be greater than 0/],
      [
        ["--attributes", "sex,religion"],
        /--attributes \(value 2\): "religion" is not an attribute; choose from year, /,
      ],
      [["--length", "3"], /--length: must be at most the number of attributes \(2\)/],
    ] as const) {
      const bad = await synthesize(...base, ...args);
      expect(bad.code, args.join(" ")).toBe(2);
      expect(bad.stderr).toMatch(pattern);
    }
    const missing = await synthesize("--from-year", "2021", "--out", out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--attributes");

    const year = new Date().getUTCFullYear() - 1;
    const made = await synthesize(
      "--from-year",
      "2021",
      "--to-year",
      String(year),
      "--attributes",
      "sex,age_group,citizenship_group,form",
      "--out",
      out,
    );
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain("invented combinations: 0");
    expect(made.stdout).toMatch(/length 2: mean absolute error \d/);
    const short = /Synthetic dataset ([0-9a-f]{8})/.exec(made.stdout)?.[1] ?? "";
    const lines = readFileSync(join(out, `synthetic-${short}.csv`), "utf8")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("sex,age_group,citizenship_group,form");
    const reportFile = join(out, `synthetic-${short}.report.json`);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
      records: number;
      parameters: { combinationLength: number; threshold: number };
      utility: { invented: number };
      risk: { threshold: number; uniqueRecords: number };
    };
    expect(report.records).toBeGreaterThan(0);
    expect(lines.length - 1).toBe(report.records);
    expect(report.parameters).toMatchObject({ combinationLength: 2, threshold: 5 });
    expect(report.utility.invented).toBe(0);
    expect(report.risk.threshold).toBe(5);
    // The report holds the internal risk report: for the operator only.
    expect(statSync(reportFile).mode & 0o777).toBe(0o600);

    // The imported CTDC records, under differential privacy charged to that dataset's budget (4).
    expect(ctdcDataset).not.toBe("");
    const dp = await synthesize(
      "--dataset",
      ctdcDataset,
      "--from-year",
      "2017",
      "--to-year",
      "2020",
      "--attributes",
      "year,sex",
      "--method",
      "dp-geometric",
      "--epsilon",
      "3",
      "--out",
      out,
    );
    expect(dp.code, dp.stderr).toBe(0);
    expect(dp.stdout).toMatch(/differential privacy, ε 3 \(3\/4 per table\)/);
    const over = await synthesize(
      "--dataset",
      ctdcDataset,
      "--from-year",
      "2017",
      "--attributes",
      "sex",
      "--length",
      "1",
      "--method",
      "dp-geometric",
      "--epsilon",
      "2",
      "--out",
      out,
    );
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/refused/);
  }, 180_000);

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
    const { readFileSync, writeFileSync } = await import("node:fs");
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
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(held, "ariadne.lock"), String(process.pid));
    const second = await ariadne(held, ["migrate"]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`in use by process ${process.pid}`);
  });
});
