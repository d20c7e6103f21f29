import type { ClusterResult, NetworkResult, ScanResult, Template } from "@ariadne/detect";

/** An ad shown in the report: its text (hostile input, always escaped) and flagged spans. */
export interface ReportAd {
  id: string;
  text: string;
  date?: string | undefined;
  place?: string | undefined;
  spans: { start: number; end: number; indicator: string }[];
}

export interface ReportInput {
  result: ScanResult;
  source: string;
  generatedAt: string;
  /** Input rows that could not become ads, by problem. */
  invalidRows: Record<string, number>;
  repairedRows: number;
  ads: ReadonlyMap<string, ReportAd>;
  /** How many networks and member ads per network are shown. */
  maxNetworks: number;
  maxAdsPerNetwork: number;
}

const EXCERPT = 600;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;",
  );
}

const e = escapeHtml;

function template(t: Template | null): string {
  if (!t) return '<p class="muted">single ad: no template</p>';
  const parts = t.parts
    .map((p) => (p.kind === "text" ? e(p.text) : `<mark class="slot">{${e(p.name)}}</mark>`))
    .join(" ");
  return `<p class="template">${parts}</p><p class="muted">aligned on ${t.sampled} ads; medoid ${e(t.medoid)}</p>`;
}

function excerpt(ad: ReportAd): string {
  const end = Math.min(ad.text.length, EXCERPT);
  const spans = ad.spans.filter((s) => s.start < end).sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += e(ad.text.slice(at, s.start));
    out += `<mark class="flag" title="${e(s.indicator)}">${e(ad.text.slice(s.start, Math.min(s.end, end)))}</mark>`;
    at = Math.min(s.end, end);
  }
  out += e(ad.text.slice(at, end));
  return out + (ad.text.length > end ? "…" : "");
}

function timeline(net: NetworkResult): string {
  if (net.timeline.length === 0) return '<p class="muted">no dates</p>';
  const max = Math.max(...net.timeline.map((d) => d.ads));
  const width = Math.max(200, net.timeline.length * 6);
  const bar = width / net.timeline.length;
  const bars = net.timeline
    .map((d, i) => {
      const h = Math.max(2, Math.round((d.ads / max) * 60));
      return `<rect x="${(i * bar).toFixed(1)}" y="${60 - h}" width="${Math.max(1, bar - 1).toFixed(1)}" height="${h}"><title>${e(d.day)}: ${d.ads}</title></rect>`;
    })
    .join("");
  return `<svg class="timeline" viewBox="0 0 ${width} 60" preserveAspectRatio="none" role="img" aria-label="ads per day">${bars}</svg><p class="muted">${e(net.timeline[0]?.day ?? "")} → ${e(net.timeline[net.timeline.length - 1]?.day ?? "")}</p>`;
}

function network(
  net: NetworkResult,
  clusters: ReadonlyMap<string, ClusterResult>,
  input: ReportInput,
): string {
  const components = net.components
    .map(
      (c) =>
        `<tr><td>${e(c.name)}</td><td>${c.value}</td><td>${c.contribution.toFixed(1)}</td><td>${e(c.explanation)}</td></tr>`,
    )
    .join("");
  const clusterBlocks = net.clusters
    .slice(0, 10)
    .map((id) => {
      const c = clusters.get(id);
      return `<div class="cluster"><h4>cluster ${e(id)} · ${c?.size ?? 1} ads</h4>${template(c?.template ?? null)}</div>`;
    })
    .join("");
  const identifiers = net.identifiers
    .slice(0, 30)
    .map(
      (i) =>
        `<li><span class="tag">${e(i.type)}</span> ${e(i.value)} <span class="muted">(${i.ads} ads)</span></li>`,
    )
    .join("");
  const links = net.links
    .slice(0, 20)
    .map(
      (l) =>
        `<li><span class="tag">${e(l.type)}</span> ${e(l.value)} joins ${l.clusters.map(e).join(", ")} <span class="muted">via ${l.ads.slice(0, 8).map(e).join(", ")}${l.ads.length > 8 ? "…" : ""}</span></li>`,
    )
    .join("");
  const places = net.places
    .map((p) => `<li>${e(p.city)} (${e(p.country)}) <span class="muted">${p.ads}</span></li>`)
    .join("");
  const indicators = net.indicators
    .map((i) => `<li>${e(i.indicator)} <span class="muted">${i.ads}</span></li>`)
    .join("");
  const members: string[] = [];
  for (const id of net.clusters) {
    for (const adId of clusters.get(id)?.members ?? [id]) {
      if (members.length >= input.maxAdsPerNetwork) break;
      const ad = input.ads.get(adId);
      if (!ad) continue;
      members.push(
        `<tr><td>${e(ad.id)}</td><td>${e(ad.date ?? "")}</td><td>${e(ad.place ?? "")}</td><td class="text">${excerpt(ad)}</td></tr>`,
      );
    }
  }
  return `<section class="network" id="n${net.rank}">
<h2>#${net.rank} · network ${e(net.id)} · score ${net.score.toFixed(1)}</h2>
<p>${net.ads} ads in ${net.clusters.length} clusters${net.firstSeen ? `, ${e(net.firstSeen.slice(0, 10))} to ${e((net.lastSeen ?? "").slice(0, 10))}` : ""}</p>
<table class="score"><thead><tr><th>component</th><th>value</th><th>points</th><th>why</th></tr></thead><tbody>${components}</tbody></table>
<h3>Templates</h3>${clusterBlocks}
<div class="columns"><div><h3>Identifiers</h3><ul>${identifiers || "<li class=muted>none</li>"}</ul>
<h3>Links between clusters</h3><ul>${links || "<li class=muted>none</li>"}</ul></div>
<div><h3>Places</h3><ul>${places || "<li class=muted>none</li>"}</ul><h3>Indicators</h3><ul>${indicators || "<li class=muted>none</li>"}</ul>
<h3>Timeline</h3>${timeline(net)}</div></div>
<h3>Ads</h3><table class="ads"><thead><tr><th>id</th><th>date</th><th>place</th><th>text (flagged words marked)</th></tr></thead><tbody>${members.join("")}</tbody></table>
</section>`;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1b1b1b;background:#fafafa}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin:0 0 .3rem}h3{font-size:1rem;margin:1rem 0 .3rem}h4{margin:.2rem 0;font-size:.9rem}
.network{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;margin:1rem 0}
.template{font-family:ui-monospace,monospace;background:#f3f3f3;padding:.4rem;border-radius:4px;white-space:pre-wrap}
mark.slot{background:#ffe08a;border-radius:3px;padding:0 2px}mark.flag{background:#ffc9c9}
.muted{color:#666;font-size:.85rem}.tag{display:inline-block;background:#e7eefc;border-radius:3px;padding:0 4px;font-size:.8rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
td.text{white-space:pre-wrap;word-break:break-word}.columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
svg.timeline{width:100%;height:60px;fill:#4a6fd1;background:#f3f3f3}ul{margin:0;padding-left:1.2rem}
nav{display:flex;flex-wrap:wrap;gap:.2rem .6rem}`;

/** A self-contained HTML report: inline CSS, no scripts, no external assets; all ad text escaped. */
export function renderReport(input: ReportInput): string {
  const { result } = input;
  const clusters = new Map(result.clusters.map((c) => [c.id, c]));
  const shown = result.networks.slice(0, input.maxNetworks);
  const s = result.summary;
  const skipped = Object.entries({ ...s.skipped, ...input.invalidRows })
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${e(k)} ${n}`)
    .join(", ");
  const parameters = Object.entries(result.parameters)
    .map(([k, v]) => `${e(k)} ${v}`)
    .join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Ariadne scan report</title><style>${CSS}</style></head><body>
<h1>Ariadne scan report</h1>
<p>${e(input.source)} · ${e(input.generatedAt)} · engine ${e(result.engine)}, lexicon ${e(result.lexicon)}, gazetteer ${e(result.gazetteer)}</p>
<p>${s.received} rows read as ads, ${s.analysed} analysed, ${s.truncated} cut at the length cap, ${input.repairedRows} with invalid UTF-8 replaced; skipped: ${skipped || "none"}.</p>
<p>${s.clusters} clusters of two ads or more (largest ${s.largestCluster}), ${s.networks} networks (largest ${s.largestNetwork} ads). Showing the top ${shown.length}.</p>
<p class="muted">${parameters}</p>
<p class="muted">Scores and indicators are leads for an analyst, not findings: every flag names the words that raised it, and weights are configuration.</p>
<nav>${shown.map((n) => `<a href="#n${n.rank}">#${n.rank}</a>`).join("")}</nav>
${shown.map((n) => network(n, clusters, input)).join("\n")}
</body></html>
`;
}
