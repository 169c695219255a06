/**
 * Assembles the report: ONE self-contained HTML file. The libraries, the
 * styles, the client script and the data are all inline, so it opens from
 * disk with no network. A Content-Security-Policy allows only the page's own
 * scripts (by hash) and no loads at all, a second line of defence behind the
 * escaping of the data (embed.ts) and the text-only DOM building of the
 * client (reportClient.ts).
 */
import { loadAssets } from "./assets.js";
import { cspHash, escapeHtml, inlineable, jsonForScript } from "./embed.js";
import { reportClient } from "./reportClient.js";
import { REPORT_CSS } from "./reportStyles.js";
import type { ReportData } from "./reportTypes.js";

const BODY_TEMPLATE = `
<header class="top">
  <h1 id="title">sitrep</h1>
  <p class="meta" id="meta"></p>
  <div class="kpis">
    {{KIND_KPIS}}
    <div class="kpi"><b id="kpi-killed">0</b><span>killed (stated)</span></div>
    <div class="kpi"><b id="kpi-injured">0</b><span>injured (stated)</span></div>
  </div>
</header>
<nav class="filters" aria-label="Filters">
  <label>Kind <select id="filter-kind"></select></label>
  <label>Country <select id="filter-country"></select></label>
  <label>Actor <select id="filter-actor"></select></label>
  <label>From <input id="filter-from" type="date"></label>
  <label>To <input id="filter-to" type="date"></label>
  <label>Text <input id="filter-text" type="search" placeholder="words in the fields or sentences"></label>
  <button id="filter-reset" type="button">Reset</button>
  <span class="count">Showing <b id="shown-count"></b></span>
</nav>
<main>
  <div class="stack">
    <section class="card">
      <h2>Incidents per day, by kind</h2>
      <div id="timeline"></div>
      <p class="note" id="timeline-note"></p>
    </section>
    <section class="card">
      <h2>Reported cumulative tallies and the incidents sitrep found</h2>
      <div id="tally-chart"></div>
      <p class="note" id="tally-note"></p>
    </section>
  </div>
  <section class="card">
    <h2>Where</h2>
    <svg id="map" role="img" aria-label="Map of the incidents"></svg>
    <div class="legend">{{KIND_LEGEND}}<span><i class="approx"></i>only the country or sea is known</span><span>larger: more incidents</span></div>
    <p class="note" id="map-note"></p>
  </section>
  <section class="card wide">
    <h2>Incidents</h2>
    <p class="note">One row per attack or strike, however many articles report it: the place most specific, the actor most reports name, the casualties most reports give (their range in brackets). Open one to see each report's values side by side with its sentence.</p>
    <table class="data" id="incidents">
      <thead><tr><th>#</th><th>date</th><th>kind</th><th>where</th><th>who</th><th>weapons</th><th>killed</th><th>injured</th><th>reports</th></tr></thead>
      <tbody></tbody>
    </table>
    <p id="no-incidents" hidden>No incident matches these filters.</p>
  </section>
  <section class="card wide">
    <h2>Events (each article's report)</h2>
    <div class="marks-legend">Words each field came from:
      <mark class="f-date">date</mark><mark class="f-place">place</mark><mark class="f-actor">actor</mark><mark class="f-target">target</mark><mark class="f-weapons">weapons</mark><mark class="f-killed">casualties</mark>
    </div>
    <table class="data" id="events">
      <thead><tr><th>#</th><th>date</th><th>kind</th><th>where</th><th>who → target</th><th>weapons</th><th>killed</th><th>injured</th><th>source sentence</th></tr></thead>
      <tbody></tbody>
    </table>
    <p id="no-events" hidden>No event matches these filters.</p>
  </section>
  <section class="card wide">
    <h2>Tallies stated in the articles</h2>
    <table class="data" id="tallies">
      <thead><tr><th>as of</th><th>metric</th><th>value</th><th>region, since</th><th>stated in</th></tr></thead>
      <tbody></tbody>
    </table>
  </section>
</main>
<footer>Made by sitrep from news text; an incident gathers the events of several articles that report one attack or strike; every event links to the sentence that states it. Map outlines: Natural Earth (world-atlas). Charts: uPlot.</footer>`;

/**
 * The page parts that list the kinds (the KPIs, the map legend) and the
 * kinds' colours, from the registry's entries in the data: ids are plain
 * lower-case words (kinds.ts checks), descriptions are escaped.
 */
function kindParts(kinds: ReportData["kinds"]): { body: string; css: string } {
  const body = BODY_TEMPLATE.replace(
    "{{KIND_KPIS}}",
    kinds.map((k) => `<div class="kpi ${k.id}" title="${escapeHtml(k.description)}"><b id="kpi-${k.id}">0</b><span>${k.id} incidents</span></div>`).join("\n    "),
  ).replace("{{KIND_LEGEND}}", kinds.map((k) => `<span title="${escapeHtml(k.description)}"><i class="${k.id}"></i>${k.id}</span>`).join(""));
  const css = kinds
    .map((k) => `#map circle.${k.id} { fill: ${k.colour}; } #map circle.${k.id}.approximate { stroke: ${k.colour}; } .legend i.${k.id}, .badge.${k.id} { background: ${k.colour}; } .kpi.${k.id} b { color: ${k.colour}; filter: brightness(1.6); }`)
    .join("\n");
  return { body, css };
}

export function renderReport(data: ReportData): string {
  const assets = loadAssets();
  const kinds = kindParts(data.kinds);
  const scripts = [
    ...assets.scripts.map((s) => inlineable(s.code, "script", s.name)),
    inlineable(`(${reportClient.toString()})();`, "script", "reportClient"),
  ];
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(cspHash).join(" ")}`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>sitrep report</title>
<style>${inlineable(assets.css, "style", "uPlot.min.css")}</style>
<style>${REPORT_CSS}
${kinds.css}</style>
</head>
<body>${kinds.body}
<script type="application/json" id="sitrep-data">${jsonForScript(data)}</script>
${scripts.map((s) => `<script>${s}</script>`).join("\n")}
</body>
</html>
`;
}
