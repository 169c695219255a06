/**
 * Assembles the report: ONE self-contained HTML file. The libraries, the
 * styles, the client script and the data are all inline, so it opens from
 * disk with no network. A Content-Security-Policy allows only the page's own
 * scripts (by hash) and no loads at all, a second line of defence behind the
 * escaping of the data (embed.ts) and the text-only DOM building of the
 * client (reportClient.ts).
 */
import { loadAssets } from "./assets.js";
import { cspHash, inlineable, jsonForScript } from "./embed.js";
import { reportClient } from "./reportClient.js";
import { REPORT_CSS } from "./reportStyles.js";
import type { ReportData } from "./reportTypes.js";

const BODY = `
<header class="top">
  <h1 id="title">sitrep</h1>
  <p class="meta" id="meta"></p>
  <div class="kpis">
    <div class="kpi attack"><b id="kpi-attacks">0</b><span>attacks</span></div>
    <div class="kpi strike"><b id="kpi-strikes">0</b><span>strikes</span></div>
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
      <h2>Events per day, by kind</h2>
      <div id="timeline"></div>
      <p class="note" id="timeline-note"></p>
    </section>
    <section class="card">
      <h2>Reported cumulative tallies and the distinct events sitrep found</h2>
      <div id="tally-chart"></div>
      <p class="note" id="tally-note"></p>
    </section>
  </div>
  <section class="card">
    <h2>Where</h2>
    <svg id="map" role="img" aria-label="Map of the events"></svg>
    <div class="legend"><span><i class="attack"></i>attack</span><span><i class="strike"></i>strike</span><span><i class="approx"></i>only the country or sea is known</span><span>larger: more events</span></div>
    <p class="note" id="map-note"></p>
  </section>
  <section class="card wide">
    <h2>Events</h2>
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
<footer>Made by sitrep from news text; every event links to the sentence that states it. Map outlines: Natural Earth (world-atlas). Charts: uPlot.</footer>`;

export function renderReport(data: ReportData): string {
  const assets = loadAssets();
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
<style>${REPORT_CSS}</style>
</head>
<body>${BODY}
<script type="application/json" id="sitrep-data">${jsonForScript(data)}</script>
${scripts.map((s) => `<script>${s}</script>`).join("\n")}
</body>
</html>
`;
}
