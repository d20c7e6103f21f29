import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { ariadne, dataDir } from "./support.ts";

// The statistics commands, on a data folder of their own with the demo data (a file apart from
// cli.test.ts, so that the two run side by side).
describe("the ariadne stats commands on the embedded database", () => {
  const dir = dataDir();
  /** The CTDC file the statistics test imports, for the synthesis test after it. */
  let ctdcDataset = "";

  beforeAll(async () => {
    const demo = await ariadne(dir, ["demo"]);
    expect(demo.code, demo.stderr).toBe(0);
  });

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
});
