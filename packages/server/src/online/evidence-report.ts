import type { NetworkView } from "./online-schema.ts";

/** The evidence package of a network, as exported (JSON) and printed (HTML). */
export interface EvidencePackage {
  format: string;
  version: number;
  generatedAt: string;
  generatedBy: { id: string; name: string };
  organisation: { id: string; name: string };
  caution: string;
  engine: {
    engine: string;
    lexicon: string;
    gazetteer: string;
    scoreWeights: object;
    identifierHash: string;
  };
  lexicon: {
    id: string;
    version: string;
    grade: string;
    verified: boolean;
    weight: number;
    explanation: string;
  }[];
  network: NetworkView;
  history: { at: string; action: string; actor: string | null; details: Record<string, unknown> }[];
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const esc = (value: string | number | boolean | null | undefined): string =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** `text` with the spans marked, escaped; overlapping spans are merged. */
export function markSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = "";
  let at = 0;
  for (const s of merged) {
    out += `${esc(text.slice(at, s.start))}<mark>${esc(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + esc(text.slice(at));
}

function table(headers: string[], rows: (string | number | boolean | null)[][]): string {
  if (rows.length === 0) return '<p class="none">None.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

const STYLE = `body{font:11pt/1.45 system-ui,sans-serif;color:#111;margin:2em auto;max-width:60em;padding:0 1em}
h1{font-size:18pt;margin-bottom:.2em}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eee}mark{background:#ffe08a;color:#000}.slot{background:#d0e4ff;border-radius:3px;padding:0 3px;font-style:italic}
.ad{border:1px solid #bbb;padding:.5em .8em;margin:.6em 0;page-break-inside:avoid}.meta{color:#444;font-size:9.5pt}
.caution{border-left:4px solid #c77700;padding:.3em .8em;background:#fff6e5}code{font-size:9pt;word-break:break-all}
.none{color:#555}@media print{body{margin:0;max-width:none}a{color:#000}}`;

/** A self-contained printable report (no scripts, no outside resources). */
export function renderEvidenceHtml(e: EvidencePackage): string {
  const n = e.network;
  const templates = n.templates
    .map((t) => {
      const parts =
        t.template?.parts
          .map((p) => (p.kind === "text" ? esc(p.text) : `<span class="slot">{${esc(p.name)}}</span>`))
          .join(" ") ?? '<span class="none">(single ad, or text purged)</span>';
      return `<li><strong>Cluster ${esc(t.cluster)}</strong> (${String(t.size)} ads): ${parts}</li>`;
    })
    .join("");
  const ads = n.memberAds
    .map((ad) => {
      const spans = ad.flags.flatMap((f) => f.spans);
      const body =
        ad.text === null ? "<em>Text purged by the retention period.</em>" : markSpans(ad.text, spans);
      return `<div class="ad"><div class="meta">Ad <strong>${esc(ad.externalId)}</strong> · cluster ${esc(ad.cluster)} · ${esc(
        ad.postedAt?.slice(0, 10) ?? "no date",
      )} · language ${esc(ad.language)} · indicator score ${esc(ad.indicatorScore)} · flags: ${esc(
        ad.flags.map((f) => f.indicator).join(", ") || "none",
      )}</div><p>${body.replace(/\n/g, "<br>")}</p></div>`;
    })
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evidence package — network ${esc(n.reference)}</title>
<style>${STYLE}</style></head><body>
<h1>Evidence package — network ${esc(n.reference)}</h1>
<p class="meta">Generated ${esc(e.generatedAt)} by ${esc(e.generatedBy.name)} (${esc(e.organisation.name)}) with Ariadne:
engine ${esc(e.engine.engine)}, lexicon ${esc(e.engine.lexicon)}, gazetteer ${esc(e.engine.gazetteer)}.</p>
<p class="caution">${esc(e.caution)}</p>
<h2>Summary</h2>
${table(
  ["Score", "Rank", "Ads", "Clusters", "Status", "First seen", "Last seen"],
  [[n.score, n.rank ?? "—", n.ads, n.clusters, n.status, n.firstSeen ?? "—", n.lastSeen ?? "—"]],
)}
<h2>Decision</h2>
${table(
  ["Status", "Decided by", "Decided at", "Ads then", "Reason"],
  [
    [
      n.status,
      n.decision.decidedBy?.name ?? "—",
      n.decision.decidedAt ?? "—",
      n.decision.decidedAds ?? "—",
      n.decision.reason ?? "—",
    ],
  ],
)}
<h2>Score</h2>
${table(
  ["Component", "Value", "Weight", "Contribution", "Explanation"],
  n.components.map((c) => [c.name, c.value, c.weight, c.contribution, c.explanation]),
)}
<h2>Templates</h2><p class="meta">Words most ads of a cluster share; slots (highlighted) vary from ad to ad.</p><ul>${templates}</ul>
<h2>Identifiers</h2>
${table(
  ["Kind", "Value", "Ads", "Links clusters", "Disguised", "Other organisations", "Keyed hash"],
  n.identifiers.map((i) => [
    i.kind,
    i.value,
    i.ads,
    i.linking ? "yes" : "no",
    i.obfuscated ? "yes" : "no",
    i.otherOrganisations,
    i.hash,
  ]),
)}
<h2>Indicators</h2>
${table(
  ["Indicator", "Ads", "Grade", "Verified", "Weight", "Explanation"],
  n.indicatorDetails.map((i) => [
    i.indicator,
    i.ads,
    i.grade,
    i.verified ? "yes" : "no",
    i.weight,
    i.explanation,
  ]),
)}
<h2>Places</h2>
${table(
  ["Country", "City", "Ads"],
  n.places.map((p) => [p.country, p.city, p.ads]),
)}
<h2>Timeline</h2>
${table(
  ["Day", "Ads"],
  n.timeline.map((d) => [d.day, d.ads]),
)}
<h2>Member ads (${String(n.memberAds.length)})</h2>
<p class="meta">Highlighted: the words that raised an indicator.</p>
${ads}
<h2>History</h2>
${table(
  ["At", "Action", "By", "Details"],
  e.history.map((h) => [h.at, h.action, h.actor ?? "system", JSON.stringify(h.details)]),
)}
<h2>About the identifiers</h2>
<p>Each identifier's keyed hash is ${esc(e.engine.identifierHash)}: the same identifier has the same hash in every organisation of this installation, so networks can be matched without sharing the values.</p>
</body></html>
`;
}
