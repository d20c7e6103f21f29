import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { AdInput } from "@ariadne/detect";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/connection.ts";
import type { ErrorBody } from "../src/http/errors.ts";
import type { BatchView, NetworkSummary, NetworkView } from "../src/online/online-schema.ts";
import { createServices } from "../src/services.ts";
import { auditEntries } from "./support/audit-log.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { createActiveUser, setupAdministrator } from "./support/flows.ts";
import { allRowsAsText, rowCount } from "./support/raw-database.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import { TestClient } from "./support/test-client.ts";

const DAY = 86_400_000;
// Phone numbers in the range France reserves for fiction; every name is invented.
const P1 = "06 39 98 10 01";
const P1_E164 = "+33639981001";
const P2 = "06 39 98 10 02";
const P3 = "06 39 98 20 03";
const NAMES = ["Anna", "Lola", "Nina", "Eva", "Sara", "Mila", "Lena", "Zoe"];
const CITIES = ["Marseille", "Lyon", "Nice", "Toulouse"];
/** Words of the first family's template that appear in no other row of the database. */
const SECRET_PHRASE = "velvet lantern evenings";

const day = (i: number) => new Date(Date.UTC(2026, 9, 1 + i)).toISOString();

/** Two templates of one advertiser tied by P1, a labour family with its own phone, and noise. */
function corpus(prefix = "", offset = 0): AdInput[] {
  const a = Array.from({ length: 8 }, (_, i) => ({
    id: `${prefix}esc-${String(offset + i).padStart(2, "0")}`,
    text: `Hi I'm ${NAMES[i % 8] ?? ""}, ${String(20 + i)} yo, new in ${CITIES[i % 4] ?? ""}. Sweet and discreet girl with real photos, ${SECRET_PHRASE} and slow dinners, outcall only, available all night. Call ${i === 3 ? "zero six 39 98 10 01" : P1}`,
    date: day(i),
  }));
  const b = Array.from({ length: 6 }, (_, i) => ({
    id: `${prefix}apt-${String(offset + i).padStart(2, "0")}`,
    text: `New girls every week in ${CITIES[i % 4] ?? ""}! Relax with ${NAMES[(i + 3) % 8] ?? ""} (${String(21 + i)}), discreet apartment near the station, 100% real, no rush. Appointment only by text ${i < 2 ? P1 : P2}`,
    date: day(10 + i),
  }));
  const c = Array.from({ length: 6 }, (_, i) => ({
    id: `${prefix}job-${String(offset + i).padStart(2, "0")}`,
    text: `Urgent departure for farm work in Almeria, no experience needed and high salary ${String(1800 + i * 100)} euro per month, travel paid and free housing provided. Passport kept safe by the agency. Contact only on WhatsApp ${P3} ask for ${NAMES[i % 8] ?? ""}`,
    date: day(20 + i),
  }));
  const noise = [
    { id: `${prefix}x-1`, text: "Selling my old bicycle, red frame, new tyres, 120 euros, pick up in Lyon" },
    { id: `${prefix}x-2`, text: "Lost cat near the park, grey with white paws, reward offered" },
  ];
  return [...a, ...b, ...c, ...noise];
}

describe.each(TEST_DATABASES)("Disrupt: batches, networks and decisions on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let policeId: string;
  let otherId: string;
  let analyst: TestClient;
  let otherAnalyst: TestClient;
  let machine: TestClient;
  let network: NetworkView;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
    const police = await admin.client.post<{ id: string }>("/api/organisations", {
      org_Name: "Harbour District Police",
      org_Type: "LawEnforcement",
      org_ShippingCountry: "FR",
    });
    policeId = police.body.id;
    const other = await admin.client.post<{ id: string }>("/api/organisations", {
      org_Name: "Platform Trust and Safety",
      org_Type: "CorporateBusiness",
      org_ShippingCountry: "FR",
    });
    otherId = other.body.id;
    analyst = (await createActiveUser(t, admin.client, "analyst", policeId)).client;
    otherAnalyst = (await createActiveUser(t, admin.client, "analyst", otherId)).client;
    const token = await analyst.post<{ token: string }>("/api/auth/tokens", {
      name: "platform feed",
      permissions: ["online.ingest"],
      expiresInDays: 30,
    });
    expect(token.status, token.text).toBe(201);
    machine = new TestClient(t.app);
    machine.bearer = token.body.token;
  });
  afterAll(() => t.close());

  const upload = (query: string, body: string | Buffer | Readable, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: `/api/online/batches/upload?${query}`,
      headers: { authorization: `Bearer ${machine.bearer ?? ""}`, "content-type": "text/csv", ...headers },
      payload: body,
    });

  const networks = async (query = "") => {
    const res = await analyst.get<{ items: NetworkSummary[] }>(`/api/online/networks${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body.items;
  };

  it("ingests a JSON batch with an API token, and skips and counts what it cannot analyse", async () => {
    const ads = [
      ...corpus(),
      { id: "bad-empty", text: "   " },
      {
        id: "bad-binary",
        text: "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f".repeat(20),
      },
      { id: "esc-00", text: "the same id again: a duplicate" },
      { id: "", text: "an ad without an id" },
      { id: "bad\u0000id", text: "an id with a control character" },
      { id: "huge", text: `Lost keys near the harbour, ${"reward offered for the keys ".repeat(1200)}` },
    ];
    const res = await machine.post<BatchView>("/api/online/batches", { source: "Example Platform", ads });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      status: "complete",
      format: "json",
      via: "token",
      received: ads.length,
      analysed: 23,
      skipped: 5,
      truncated: 1,
      skippedReasons: { empty: 1, binary: 1, duplicate_id: 1, missing_id: 1, invalid_id: 1 },
    });
    expect(res.body.networks).toBeGreaterThanOrEqual(2);
    expect(res.body.problems).toContainEqual({ row: 25, id: "esc-00", reason: "duplicate_id" });
    // The token may submit, nothing more.
    expect((await machine.get("/api/online/networks")).status).toBe(403);
    const listed = await machine.get<{ items: BatchView[] }>("/api/online/batches");
    expect(listed.body.items.map((b) => b.id)).toContain(res.body.id);
  });

  it("refuses a JSON batch that is not one, naming the field", async () => {
    const res = await machine.post<ErrorBody>("/api/online/batches", { source: "x", ads: [{ id: "a" }] });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.path).toBe("ads.0.text");
  });

  it("stores ad text, identifiers and templates encrypted: no plaintext in any row", async () => {
    const rows = await allRowsAsText(t.runtime.database.db);
    const leaks = rows.filter(
      (r) => r.row.includes(SECRET_PHRASE) || r.row.includes(P1_E164) || r.row.includes("0639981001"),
    );
    expect(leaks.map((l) => l.table)).toEqual([]);
    // The positive control: the ads are there, as ciphertext.
    const [ad] = await queryRows<{ text_enc: string }>(
      t.runtime.database.db,
      sql`select text_enc from online_ad where external_id = 'esc-01'`,
    );
    expect(ad?.text_enc).toMatch(/^ek1\./);
  });

  it("ranks networks, filters them, and shows one with its template, linking phone, ads, timeline and places", async () => {
    const all = await networks();
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.map((n) => n.rank)).toEqual(all.map((_, i) => i + 1));
    const escort = all.find((n) => n.linking.phone > 0);
    if (!escort) throw new Error("no network linked by a phone");
    expect(escort).toMatchObject({ ads: 14, clusters: 2, status: "new", current: true });
    expect(escort.template).toContain("{name}");
    expect(escort.categories).toContain("sexual");

    expect((await networks("?category=labour")).map((n) => n.ads)).toEqual([6]);
    expect((await networks("?category=sexual")).map((n) => n.ads)).toEqual([14]);
    expect((await networks("?place=FR:lyon")).map((n) => n.id)).toContain(escort.id);
    expect(await networks("?minScore=100")).toEqual([]);
    expect((await networks(`?q=${encodeURIComponent("velvet lantern")}`)).map((n) => n.id)).toEqual([
      escort.id,
    ]);
    const badPlace = await analyst.get<ErrorBody>("/api/online/networks?place=Lyon");
    expect(badPlace.status).toBe(400);

    const res = await analyst.get<NetworkView>(`/api/online/networks/${escort.id}`);
    expect(res.status, res.text).toBe(200);
    network = res.body;
    expect(network.templates).toHaveLength(2);
    const parts = network.templates[0]?.template?.parts ?? [];
    expect(parts.some((p) => p.kind === "slot")).toBe(true);
    expect(parts.some((p) => p.kind === "text" && p.text.includes("velvet"))).toBe(true);
    const phone = network.identifiers.find((i) => i.value === P1_E164);
    expect(phone).toMatchObject({ kind: "phone", linking: true, obfuscated: true, otherOrganisations: 0 });
    expect(phone?.clusters).toHaveLength(2);
    expect(network.memberAds).toHaveLength(14);
    const first = network.memberAds.find((a) => a.externalId === "esc-01");
    expect(first?.text).toContain(SECRET_PHRASE);
    // Every flag points at words of the ad's own text.
    for (const flag of first?.flags ?? [])
      for (const s of flag.spans) expect(first?.text?.slice(s.start, s.end).trim()).not.toBe("");
    expect(network.timeline.length).toBeGreaterThan(5);
    expect(network.places.map((p) => p.city)).toEqual(expect.arrayContaining(["marseille", "lyon"]));
    expect(network.engine.engine).toBe("detect-1");
    const reads = await auditEntries(admin.client, { action: "online.network.read", resourceId: escort.id });
    expect(reads).toHaveLength(1);
  });

  it("uploads JSON lines and CSV as streams, reporting each skipped row by number and reason", async () => {
    const lines = [
      JSON.stringify({ id: "jl-1", text: "Room to rent near the university, quiet street" }),
      "{not json",
      "[1, 2]",
      JSON.stringify({ id: "jl-2" }),
      "",
      JSON.stringify({ id: "jl-3", text: "Guitar lessons for beginners, evenings" }),
    ];
    const invalidUtf8 = Buffer.concat([
      Buffer.from(`${lines.join("\n")}\n{"id":"jl-4","text":"Caf`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' near the harbour"}\r\n'),
    ]);
    const jsonl = await upload("format=jsonl&source=feed", invalidUtf8, {
      "content-type": "application/x-ndjson",
    });
    expect(jsonl.statusCode, jsonl.body).toBe(201);
    expect(JSON.parse(jsonl.body)).toMatchObject({
      status: "complete",
      format: "jsonl",
      received: 6,
      analysed: 3,
      repaired: 1,
      skippedReasons: { invalid_json: 1, not_an_object: 1, missing_text: 1 },
      problems: [
        { row: 2, id: null, reason: "invalid_json" },
        { row: 3, id: null, reason: "not_an_object" },
        { row: 4, id: "jl-2", reason: "missing_text" },
      ],
    });

    const csv = [
      "ref;body;posted",
      'c-1;"Sofa for sale; blue, ""as new"", collect in Nice";2026-10-02',
      'c-2;"Two lines\nof text about a desk";2026-10-03',
      ";no id here;2026-10-04",
      'c-3;"never closed',
    ].join("\r\n");
    const res = await upload(
      "format=csv&source=export&delimiter=%3B&idColumn=ref&textColumn=body&dateColumn=posted",
      csv,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(JSON.parse(res.body)).toMatchObject({
      received: 4,
      analysed: 2,
      skippedReasons: { missing_id: 1, unterminated_quote: 1 },
    });
  });

  it("refuses a CSV without the mapped column, naming it and the columns found, and records the batch as failed", async () => {
    const res = await upload("format=csv&source=export", "id,body\n1,hello there\n");
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.body) as ErrorBody;
    expect(body.error.message).toContain(
      'the text column "text" is not in the file; columns found: "id", "body"',
    );
    expect(body.error.details[0]?.path).toBe("textColumn");
    const batches = await machine.get<{ items: BatchView[] }>("/api/online/batches");
    expect(batches.body.items[0]).toMatchObject({ status: "failed", analysed: 0 });
    expect(batches.body.items[0]?.error).toContain('"text"');
  });

  it("refuses an upload over the limit, by its length and when reached while streaming, and keeps nothing of it", async () => {
    const declared = await upload("format=jsonl&source=big", "{}", {
      "content-length": String(2 * 1024 ** 3),
    });
    expect(declared.statusCode).toBe(413);

    const adsBefore = await rowCount(t.runtime.database.db, "online_ad");
    const valid = corpus("late-")
      .map((ad) => JSON.stringify(ad))
      .join("\n");
    // 513 MB: a few good rows, then one endless line of junk (dropped as it streams, never held).
    const junk = Buffer.alloc(1 << 20, 0x78);
    async function* body() {
      yield Buffer.from(`${valid}\n`);
      for (let i = 0; i < 513; i++) yield junk;
    }
    const streamed = await upload("format=jsonl&source=big", Readable.from(body()), {
      "content-type": "application/x-ndjson",
    });
    expect(streamed.statusCode, streamed.body).toBe(413);
    expect(await rowCount(t.runtime.database.db, "online_ad")).toBe(adsBefore);
    const batches = await machine.get<{ items: BatchView[] }>("/api/online/batches");
    // 22 good rows and the endless line, counted as it was dropped.
    expect(batches.body.items[0]).toMatchObject({ status: "failed", analysed: 0, received: 23 });
    const fails = await auditEntries(admin.client, { action: "online.batch.fail" });
    expect(fails.length).toBeGreaterThanOrEqual(1);
  });

  it("records a decision with its reason, refuses a stale version and audits it", async () => {
    const url = `/api/online/networks/${network.id}/decision`;
    const reason = "Same phone as in a pending investigation by Inspector Example";
    const res = await analyst.post<NetworkView>(url, {
      version: network.version,
      decision: "escalate",
      reason,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe("escalated");
    expect(res.body.decision.reason).toBe(reason);
    expect(res.body.decision.decidedAds).toBe(14);
    const stale = await analyst.post<ErrorBody>(url, {
      version: network.version,
      decision: "dismiss",
      reason: "x y z",
    });
    expect(stale.status).toBe(409);
    const entries = await auditEntries(admin.client, {
      action: "online.network.decide",
      resourceId: network.id,
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toMatchObject({ decision: "escalate", from: "new", to: "escalated" });
    expect(JSON.stringify(entries[0])).not.toContain("Inspector");
    expect((await networks("?status=escalated")).map((n) => n.id)).toEqual([network.id]);
    network = res.body;
  });

  it("exports the evidence package as JSON and as a printable report, audited with the file's hash", async () => {
    const json = await analyst.get<{
      network: NetworkView;
      engine: { lexicon: string };
      history: { action: string }[];
    }>(`/api/online/networks/${network.id}/evidence?format=json`);
    expect(json.status, json.text).toBe(200);
    expect(json.headers["content-disposition"]).toMatch(
      /attachment; filename="evidence-N-[0-9A-F]{6}-\d{4}-\d\d-\d\d\.json"/,
    );
    expect(json.headers["x-content-sha256"]).toBe(createHash("sha256").update(json.text).digest("hex"));
    expect(json.body.network.memberAds).toHaveLength(14);
    expect(json.body.network.identifiers.find((i) => i.value === P1_E164)?.hash).toMatch(/^[\w-]{40,}$/);
    expect(json.body.engine.lexicon).toMatch(/^ads-/);
    expect(json.body.history.map((h) => h.action)).toContain("online.network.decide");

    const html = await analyst.get(`/api/online/networks/${network.id}/evidence?format=html`);
    expect(html.status).toBe(200);
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.text).toContain(`Evidence package — network ${network.reference}`);
    expect(html.text).toContain("<mark>");
    expect(html.text).not.toContain("<script");
    const exports = await auditEntries(admin.client, {
      action: "online.network.export",
      resourceId: network.id,
    });
    expect(exports.map((e) => e.details.sha256)).toContain(json.headers["x-content-sha256"]);
  });

  it("matches identifiers across organisations by keyed hash, counting organisations without showing their data", async () => {
    const res = await otherAnalyst.post<BatchView>("/api/online/batches", {
      source: "Another platform",
      ads: [{ id: "o-1", text: `Discreet company tonight, call ${P1}` }],
    });
    expect(res.status, res.text).toBe(201);
    const view = await analyst.get<NetworkView>(`/api/online/networks/${network.id}`);
    const phone = view.body.identifiers.find((i) => i.value === P1_E164);
    expect(phone?.otherOrganisations).toBe(1);
    expect(JSON.stringify(view.body)).not.toContain("o-1");
    const match = await otherAnalyst.get<{ otherOrganisations: number }>(
      `/api/online/identifiers/matches?hash=${encodeURIComponent(phone?.hash ?? "")}`,
    );
    expect(match.body.otherOrganisations).toBe(1);
    // The other organisation sees neither the network nor its ads.
    expect((await otherAnalyst.get(`/api/online/networks/${network.id}`)).status).toBe(403);
    const theirs = await otherAnalyst.get<{ items: NetworkSummary[] }>("/api/online/networks");
    expect(theirs.body.items.map((n) => n.id)).not.toContain(network.id);
  });

  it("follows a network as ads join it, keeping its decision and asking for a new read before the next", async () => {
    const res = await machine.post<BatchView>("/api/online/batches", {
      source: "Example Platform",
      // "aaa-…" sorts before every id so far: the engine renames the network; the row follows it.
      ads: [
        {
          id: "aaa-new",
          text: `Hi I'm Ines, 22 yo, new in Nice. Sweet and discreet girl with real photos, ${SECRET_PHRASE} and slow dinners, outcall only, available all night. Call ${P1}`,
          date: day(30),
        },
      ],
    });
    expect(res.status, res.text).toBe(201);
    const view = await analyst.get<NetworkView>(`/api/online/networks/${network.id}`);
    expect(view.body).toMatchObject({ ads: 15, status: "escalated", newActivity: true, current: true });
    expect(view.body.version).toBeGreaterThan(network.version);
    const stale = await analyst.post<ErrorBody>(`/api/online/networks/${network.id}/decision`, {
      version: network.version,
      decision: "monitor",
      reason: "keep watching",
    });
    expect(stale.status).toBe(409);
    network = view.body;
  });

  it("lets an analyst read, and only a retention manager set, how long ad text is kept", async () => {
    const own = await analyst.get<{ organisationId: string; textRetentionDays: number; isDefault: boolean }>(
      "/api/online/settings",
    );
    expect(own.status, own.text).toBe(200);
    expect(own.body).toMatchObject({ organisationId: policeId, isDefault: true });
    // Another organisation's setting, or any change, needs retention.manage.
    expect((await analyst.get(`/api/online/settings?organisationId=${otherId}`)).status).toBe(403);
    expect((await analyst.put("/api/online/settings", { textRetentionDays: 5 })).status).toBe(403);
    const bad = await admin.client.put<ErrorBody>("/api/online/settings", {
      organisationId: policeId,
      textRetentionDays: 0,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("textRetentionDays");
    const managed = await admin.client.get<{ organisationId: string }>(
      `/api/online/settings?organisationId=${otherId}`,
    );
    expect(managed.status, managed.text).toBe(200);
    expect(managed.body.organisationId).toBe(otherId);
  });

  it("purges ad text after the retention period, keeps the networks, and rebuilds the engine from stored features", async () => {
    const set = await admin.client.put<{ textRetentionDays: number; isDefault: boolean }>(
      "/api/online/settings",
      { organisationId: policeId, textRetentionDays: 1 },
    );
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({ textRetentionDays: 1, isDefault: false });
    expect(
      (await analyst.get<{ textRetentionDays: number }>("/api/online/settings")).body.textRetentionDays,
    ).toBe(1);
    t.clock.advance(2 * DAY);
    const purged = await t.runtime.services.online.purgeExpiredText();
    // Back to today, where the sessions are still alive.
    t.clock.advance(-2 * DAY);
    expect(purged.ads).toBeGreaterThan(20);
    const view = await analyst.get<NetworkView>(`/api/online/networks/${network.id}`);
    expect(view.body.memberAds.every((a) => a.text === null && a.textPurged)).toBe(true);
    expect(view.body.identifiers.find((i) => i.value === P1_E164)?.linking).toBe(true);
    expect(view.body.templates.every((t) => t.template === null)).toBe(true);
    const audits = await auditEntries(admin.client, { action: "online.retention.purge" });
    expect(audits[0]?.resourceId).toBe(policeId);

    // The next batch goes into an engine rebuilt from the stored features (the purged text is not needed).
    const more = corpus("more-", 40).slice(0, 8);
    const res = await machine.post<BatchView>("/api/online/batches", {
      source: "Example Platform",
      ads: more,
    });
    expect(res.status, res.text).toBe(201);
    const after = await analyst.get<NetworkView>(`/api/online/networks/${network.id}`);
    expect(after.body).toMatchObject({ ads: 23, clusters: 2, status: "escalated", current: true });
    expect(
      after.body.memberAds
        .filter((a) => a.text !== null)
        .map((a) => a.externalId)
        .sort(),
    ).toEqual(more.map((a) => a.id).sort());
    expect(otherId).not.toBe(policeId);
  });

  it("stays right when another server process stores ads of the same organisation", async () => {
    // A second process on the same database: services of its own, so an engine of its own.
    const other = createServices(t.runtime.database.db, t.runtime.keyring, {
      idleMs: 60_000,
      absoluteMs: 3_600_000,
    });
    const session = await analyst.get<{ user: { id: string } }>("/api/auth/session");
    const ctx = {
      clientAddress: null,
      actor: {
        userId: session.body.user.id,
        organisationId: policeId,
        active: true,
        scope: "organisation" as const,
        permissions: new Set(["online.ingest" as const]),
        grants: [],
      },
    };
    const before = (await analyst.get<NetworkView>(`/api/online/networks/${network.id}`)).body.ads;
    const elsewhere = await other.online.submitBatch(
      ctx,
      { source: "other process", ads: corpus("proc-b-", 60).slice(0, 3) },
      "token",
    );
    expect(elsewhere.status).toBe("complete");
    // This process's engine is behind; its next batch catches up first.
    const here = await machine.post<BatchView>("/api/online/batches", {
      source: "Example Platform",
      ads: corpus("proc-a-", 70).slice(0, 2),
    });
    expect(here.status, here.text).toBe(201);
    const view = await analyst.get<NetworkView>(`/api/online/networks/${network.id}`);
    expect(view.body.ads).toBe(before + 5);
    const [dupes] = await queryRows<{ n: number }>(
      t.runtime.database.db,
      sql`select count(*)::int as n from (select external_id from online_ad group by organisation_id, external_id having count(*) > 1) d`,
    );
    expect(dupes?.n).toBe(0);
  });

  it("marks a batch that a stopped server left processing as failed, a day later", async () => {
    const id = randomUUID();
    await t.runtime.database.db.execute(
      sql`insert into ad_batch (id, organisation_id, source, format, status, via, created_at)
          values (${id}, ${policeId}, 'feed', 'jsonl', 'processing', 'token', now() - interval '2 days')`,
    );
    expect(await t.runtime.services.online.failInterruptedBatches()).toBe(1);
    const batch = await machine.get<BatchView>(`/api/online/batches/${id}`);
    expect(batch.body).toMatchObject({ status: "failed", analysed: 0 });
    expect(batch.body.error).toContain("interrupted");
  });
});
