import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAriadne, tempFolder } from "./support.ts";

function folder(): string {
  return tempFolder("ariadne-scan-");
}

/** `ariadne scan` needs no database: no data folder or master key is set. */
function scan(args: string[]) {
  return runAriadne(["scan", ...args], { ...process.env, LOG_LEVEL: "silent" }, 120_000);
}

const escort = (name: string, age: number, city: string) =>
  `Hi I'm ${name}, ${age} yo, new in ${city}. Sweet and discreet girl with real photos, outcall only, available 24/7 for generous gentlemen`;
const NAMES = ["Anna", "Maria", "Lola", "Nina", "Eva", "Sara"];
const CITIES = ["Paris", "Lyon", "Lille"];

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

describe("ariadne scan", () => {
  const dir = folder();
  const rows = [
    ...NAMES.map((n, i) => ({
      ref: `e${i}`,
      body: `${escort(n, 20 + i, CITIES[i % 3] ?? "")}${i === 0 ? ", call zero six 12 34 56 78" : ""}`,
      posted: `2024-05-0${1 + i}`,
      city: CITIES[i % 3] ?? "",
    })),
    {
      ref: "j0",
      body: 'Urgent departure, "no experience needed", high salary,\ntravel paid, contact 06 12 34 56 78 on WhatsApp only',
      posted: "2024-05-09",
      city: "Paris",
    },
    {
      ref: "x1",
      body: "<script>alert('owned')</script> Selling a bike, 120 eur",
      posted: "2024-05-10",
      city: "",
    },
    { ref: "empty", body: "", posted: "", city: "" },
  ];
  const csv = join(dir, "ads.csv");
  writeFileSync(
    csv,
    `ref,body,posted,city\n${rows.map((r) => [r.ref, r.body, r.posted, r.city].map(csvField).join(",")).join("\n")}\n`,
  );

  it("scans a CSV with mapped columns and writes the three outputs", async () => {
    const out = join(dir, "out");
    const result = await scan([
      csv,
      "--out",
      out,
      "--id-column",
      "ref",
      "--text-column",
      "body",
      "--date-column",
      "posted",
      "--place-column",
      "city",
      "--region",
      "FR",
      "--workers",
      "2",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("8 ads analysed");
    expect(result.stdout).toContain("missing_text 1");
    const networks = JSON.parse(readFileSync(join(out, "networks.json"), "utf8")) as {
      indicators: Record<string, { weight: number; grade: string; explanation: string }>;
      networks: { clusters: string[]; links: { type: string; value: string }[] }[];
      clusters: { id: string; members: string[]; template: { text: string } | null }[];
    };
    const cluster = networks.clusters.find((c) => c.id === "e0");
    expect(cluster?.members).toEqual(["e0", "e1", "e2", "e3", "e4", "e5"]);
    expect(cluster?.template?.text).toContain("{name} {age} yo new in {city}");
    expect(networks.networks[0]?.clusters).toEqual(["e0", "j0"]);
    expect(networks.networks[0]?.links).toMatchObject([{ type: "phone", value: "+33612345678" }]);
    const ads = readFileSync(join(out, "ads.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            cluster: string;
            network: string | null;
            text: string;
            flags: Record<string, unknown>[];
          },
      );
    expect(ads.map((a) => a.id)).toEqual(["e0", "e1", "e2", "e3", "e4", "e5", "j0", "x1"]);
    expect(ads.find((a) => a.id === "j0")).toMatchObject({ cluster: "j0", network: "e0" });
    expect(ads.find((a) => a.id === "j0")?.text).toContain(
      '"no experience needed", high salary,\ntravel paid',
    );
    // A flag names its indicator and the text that fired it; the lexicon's facts about the
    // indicator are in networks.json, once.
    const flag = ads.find((a) => a.id === "j0")?.flags.find((f) => f.indicator === "labour.travel-paid");
    expect(Object.keys(flag ?? {}).sort()).toEqual(["indicator", "language", "spans"]);
    const travelPaid = networks.indicators["labour.travel-paid"];
    expect(travelPaid?.weight).toBeGreaterThan(0);
    expect(travelPaid?.explanation.length).toBeGreaterThan(0);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).not.toContain("<script>");
    expect(html).not.toMatch(/<link|src=/);
    expect(html).toContain('<mark class="slot">{city}</mark>');
  });

  it("gives the same results with worker threads and without", async () => {
    const a = join(dir, "threads");
    const b = join(dir, "single");
    const common = [
      "--id-column",
      "ref",
      "--text-column",
      "body",
      "--date-column",
      "posted",
      "--region",
      "FR",
      "--no-progress",
    ];
    expect((await scan([csv, "--out", a, "--workers", "2", ...common])).code).toBe(0);
    expect((await scan([csv, "--out", b, "--workers", "0", ...common])).code).toBe(0);
    expect(readFileSync(join(a, "networks.json"), "utf8")).toBe(
      readFileSync(join(b, "networks.json"), "utf8"),
    );
    expect(readFileSync(join(a, "ads.jsonl"), "utf8")).toBe(readFileSync(join(b, "ads.jsonl"), "utf8"));
    // JSON lines are parsed in the workers: the same check on that path.
    const jsonl = join(dir, "same.jsonl");
    writeFileSync(
      jsonl,
      rows.map((r) => JSON.stringify({ id: r.ref, text: r.body, date: r.posted })).join("\n"),
    );
    const c = join(dir, "threads-jsonl");
    const d = join(dir, "single-jsonl");
    expect((await scan([jsonl, "--out", c, "--workers", "2", "--region", "FR"])).code).toBe(0);
    expect((await scan([jsonl, "--out", d, "--workers", "0", "--region", "FR"])).code).toBe(0);
    expect(readFileSync(join(c, "networks.json"), "utf8")).toBe(
      readFileSync(join(d, "networks.json"), "utf8"),
    );
    expect(readFileSync(join(c, "ads.jsonl"), "utf8")).toBe(readFileSync(join(d, "ads.jsonl"), "utf8"));
  });

  it("fails fast with exit code 2 when a mapped column is missing, naming the columns found", async () => {
    const result = await scan([csv, "--out", join(dir, "bad"), "--text-column", "description"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the text column "description" is not in');
    expect(result.stderr).toContain("columns found: ref, body, posted, city");
  });

  it("reads JSON lines, skipping and counting broken rows and repairing invalid UTF-8", async () => {
    const file = join(dir, "ads.jsonl");
    const good = JSON.stringify({ id: "a", text: escort("Anna", 22, "Paris") });
    const bytes = Buffer.concat([
      Buffer.from(`${good}\n{not json\n${JSON.stringify({ id: "b" })}\n`),
      Buffer.from('{"id":"c","text":"broken \xff\xfe bytes but a real ad about work"}\n', "latin1"),
      Buffer.from(`${JSON.stringify({ id: "d", text: "\u0000\u0001\u0002\u0003\u0004\u0005" })}\n`),
    ]);
    writeFileSync(file, bytes);
    const result = await scan([file, "--out", join(dir, "jsonl")]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("2 ads analysed");
    expect(result.stdout).toContain("1 with invalid UTF-8 replaced");
    expect(result.stdout).toMatch(/binary 1.*invalid_json 1.*missing_text 1/);
  });

  it("exits 2 for a missing file and 3 when nothing could be analysed", async () => {
    expect((await scan([join(dir, "nope.jsonl"), "--out", join(dir, "x")])).code).toBe(2);
    const empty = join(dir, "empty.jsonl");
    writeFileSync(empty, `${JSON.stringify({ id: "a", text: "" })}\n`);
    expect((await scan([empty, "--out", join(dir, "y")])).code).toBe(3);
  });
});
