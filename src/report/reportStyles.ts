/** The report page's own stylesheet (uPlot's comes from its package). */
export const REPORT_CSS = `
:root { --ink: #212529; --muted: #6c757d; --line: #e9ecef; --bg: #f4f5f7; --card: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
header.top { background: linear-gradient(120deg, #1b2a41, #28415e); color: #fff; padding: 22px 28px 18px; }
header.top h1 { margin: 0 0 4px; font-size: 22px; font-weight: 650; letter-spacing: .2px; }
header.top .meta { margin: 0; color: #c8d3e0; font-size: 13px; }
.kpis { display: flex; gap: 12px; margin-top: 14px; flex-wrap: wrap; }
.kpi { background: rgba(255,255,255,.09); border: 1px solid rgba(255,255,255,.14); border-radius: 8px; padding: 6px 14px; min-width: 96px; }
.kpi b { display: block; font-size: 22px; font-weight: 650; }
.kpi span { font-size: 12px; color: #c8d3e0; }
.filters { position: sticky; top: 0; z-index: 5; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; padding: 10px 28px; background: #fff; border-bottom: 1px solid var(--line); box-shadow: 0 1px 3px rgba(0,0,0,.04); }
.filters label { font-size: 12px; color: var(--muted); display: flex; flex-direction: column; gap: 2px; }
.filters select, .filters input { font: inherit; padding: 5px 8px; border: 1px solid #ced4da; border-radius: 6px; background: #fff; min-width: 150px; }
.filters input[type="search"] { min-width: 240px; }
.filters input[type="date"] { min-width: 0; }
.filters button { font: inherit; padding: 5px 12px; border: 1px solid #ced4da; border-radius: 6px; background: #f8f9fa; cursor: pointer; align-self: flex-end; }
.filters .count { margin-left: auto; color: var(--muted); align-self: flex-end; }
main { padding: 18px 28px 40px; display: grid; grid-template-columns: minmax(0, 3fr) minmax(300px, 2fr); gap: 18px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.03); min-width: 0; }
.card.wide { grid-column: 1 / -1; }
.card h2 { margin: 0 0 2px; font-size: 15px; font-weight: 650; }
.card .note { margin: 6px 0 0; color: var(--muted); font-size: 12px; }
.stack > * + * { margin-top: 18px; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
#map { display: block; width: 100%; height: auto; border-radius: 6px; }
#map .sea { fill: #dbe9f6; }
#map .country { fill: #f1efe9; stroke: #b9b4a8; stroke-width: .6; }
#map .country.focus { fill: #fbf6e4; stroke: #8c8474; stroke-width: .9; }
#map .labels { pointer-events: none; }
#map .label { font-size: 11px; fill: #6c6558; text-anchor: middle; pointer-events: none; paint-order: stroke; stroke: rgba(255,255,255,.75); stroke-width: 3px; stroke-linejoin: round; }
#map .label.focus { font-weight: 650; fill: #3d382f; font-size: 12px; }
#map .sea-label { fill: #4a77a8; font-style: italic; font-size: 11px; stroke: rgba(219,233,246,.8); }
#map circle.event { stroke: #fff; stroke-width: 1.2; fill-opacity: .82; }
#map circle.approximate { fill-opacity: .12; stroke-width: 1.6; stroke-dasharray: 3 2; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; color: var(--muted); margin-top: 6px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: -1px; }
.legend i.approx { border: 1.5px dashed var(--muted); }
table.data { width: 100%; border-collapse: collapse; font-size: 13px; }
table.data th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; border-bottom: 2px solid var(--line); padding: 6px 8px; background: #fff; }
table.data td { border-bottom: 1px solid var(--line); padding: 7px 8px; vertical-align: top; }
table.data tr.event:hover td { background: #f8f9fb; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.id { color: var(--muted); }
td.nowrap { white-space: nowrap; }
td .sub { display: block; color: var(--muted); font-size: 12px; }
td.source { min-width: 340px; max-width: 640px; overflow-wrap: anywhere; }
td.where, td.who { overflow-wrap: anywhere; }
table.data tr.incident:hover td, table.data tr.incident.open td { background: #f3f6fb; }
tr.panel td { background: #f8f9fb; padding: 6px 12px 10px; }
td.more { white-space: nowrap; }
button.open { font: inherit; font-size: 12px; padding: 2px 8px; border: 1px solid #ced4da; border-radius: 6px; background: #fff; cursor: pointer; }
.reports .report { border-left: 3px solid #ced4da; padding: 4px 10px; margin: 6px 0; overflow-wrap: anywhere; }
.values { display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: 12.5px; margin-bottom: 3px; }
.values i { color: var(--muted); font-style: normal; }
p.conflict, p.retaliation { margin: 2px 0 6px; font-size: 12.5px; overflow-wrap: anywhere; }
p.conflict { color: #a34700; } p.retaliation { color: #1864ab; }
.value.differs { background: #ffe8cc; border-radius: 3px; padding: 0 3px; }
/* Narrow windows (800 px): each event is a block, its sentence under its fields, so nothing scrolls sideways. */
@media (max-width: 900px) {
  header.top, .filters { padding-left: 14px; padding-right: 14px; }
  main { padding: 12px 10px 30px; }
  .filters select, .filters input[type="search"] { min-width: 0; }
  #events thead { display: none; }
  #events tr.event { display: grid; grid-template-columns: auto auto auto 1fr; gap: 0 8px; border-bottom: 1px solid var(--line); padding: 6px 0; }
  #events tr.event[hidden] { display: none; }
  #events td { border-bottom: 0; padding: 2px 4px; }
  #events td.killed::before { content: "killed "; color: var(--muted); }
  #events td.injured::before { content: "injured "; color: var(--muted); }
  #events td.source { grid-column: 1 / -1; min-width: 0; max-width: none; }
  #incidents thead { display: none; }
  #incidents tr.incident { display: grid; grid-template-columns: auto auto auto 1fr; gap: 0 8px; border-bottom: 1px solid var(--line); padding: 6px 0; }
  #incidents tr.incident[hidden] { display: none; }
  #incidents td { border-bottom: 0; padding: 2px 4px; }
  #incidents td.killed::before { content: "killed "; color: var(--muted); }
  #incidents td.injured::before { content: "injured "; color: var(--muted); }
  #incidents tr.panel, #incidents tr.panel td { display: block; }
  #incidents tr.panel[hidden] { display: none; }
  #tallies td.source { min-width: 0; }
}
p.sentence { margin: 0 0 4px; }
.article { display: block; color: var(--muted); font-size: 11.5px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
td.metric { font-weight: 600; } td.m-attacks { color: #c92a2a; } td.m-strikes { color: #1864ab; } td.m-injured { color: #e67700; } td.m-killed { color: #212529; }
mark { background: #fff3bf; border-bottom: 2px solid #fcc419; padding: 0 1px; border-radius: 2px; color: inherit; }
mark.f-date { background: #e5dbff; border-color: #9775fa; }
mark.f-place, mark.f-country { background: #d3f9d8; border-color: #51cf66; }
mark.f-actor { background: #ffe3e3; border-color: #ff8787; }
mark.f-target { background: #e7f5ff; border-color: #74c0fc; }
mark.f-weapons { background: #fff4e6; border-color: #ffa94d; }
mark.f-killed, mark.f-injured, mark.f-count { background: #ffdeeb; border-color: #f783ac; }
.marks-legend { display: flex; gap: 8px; flex-wrap: wrap; font-size: 12px; color: var(--muted); margin: 4px 0 10px; }
#no-events { color: var(--muted); padding: 12px 8px; }
.u-legend { font-size: 12px; }
footer { padding: 0 28px 28px; color: var(--muted); font-size: 12px; }
`;
