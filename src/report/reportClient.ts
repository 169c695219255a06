/**
 * The report page's script. `reportClient` is inlined into the HTML as its
 * source text (Function.prototype.toString) and runs in the browser, so it
 * must use nothing from this module's scope: only the globals the page
 * defines (uPlot, d3 from d3-array + d3-geo) and the embedded JSON. Type
 * imports are erased. Every value from the data goes into the DOM as text
 * (textContent, createTextNode, setAttribute), never as markup.
 */
import type UPlot from "uplot";
import type { ReportData, ReportEvent, ReportIncident, ReportTally } from "./reportTypes.js";
import type { Segment } from "../query/highlight.js";

declare const uPlot: typeof UPlot;
declare const d3: typeof import("d3-geo");

export function reportClient(): void {
  const data = JSON.parse(document.getElementById("sitrep-data")!.textContent!) as ReportData;
  const COLORS: Record<string, string> = Object.fromEntries(data.kinds.map((k) => [k.id, k.colour]));
  const TALLY_COLORS: Record<string, string> = { attacks: "#c92a2a", strikes: "#1864ab", injured: "#e67700", killed: "#212529" };
  const DAY = 86400;
  const svgNS = "http://www.w3.org/2000/svg";

  // ── small DOM helpers: text only ───────────────────────────────────────
  const $ = <T extends Element = HTMLElement>(id: string): T => document.getElementById(id) as unknown as T;
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
    const node = document.createElementNS(svgNS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  }
  /** A sentence with its field words in <mark>, each titled with its field(s). */
  function marked(segments: Segment[], className = "sentence"): HTMLElement {
    const p = el("p", className);
    for (const s of segments) {
      if (s.fields.length === 0) {
        p.appendChild(document.createTextNode(s.text));
        continue;
      }
      const m = el("mark", `f-${s.fields[0]!.replace(/[^a-z_]/g, "")}`, s.text);
      m.title = s.fields.join(", ");
      p.appendChild(m);
    }
    return p;
  }
  const toTs = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 1000;
  const fmtDay = (ts: number): string => new Date(ts * 1000).toISOString().slice(0, 10);
  const utc = (ts: number): Date => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC");
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const whenOf = (e: ReportEvent | ReportIncident): string =>
    e.date_start && e.date_end && e.date_start !== e.date_end ? `${e.date_start} – ${e.date_end}` : (e.date ?? e.date_start ?? "undated");
  /** The incident's day on the timeline: only a dated one is drawn (one known only within a window is listed). */
  const dayOf = (i: ReportIncident): string | null => i.date;
  const spread = (best: number | null, r: [number, number] | null): string => (best === null ? "–" : r && r[0] !== r[1] ? `${best} (${r[0]}–${r[1]})` : String(best));
  const reportsOf = new Map<number, ReportEvent[]>(data.incidents.map((i) => [i.id, data.events.filter((e) => e.incident === i.id)]));

  // ── header ─────────────────────────────────────────────────────────────
  document.title = data.title;
  $("title").textContent = data.title;
  $("meta").textContent =
    `${plural(data.incidents.length, "incident")} from ${plural(data.events.length, "event")} in ${plural(data.articles, "article")} · ${data.tallies.length} reported ${data.tallies.length === 1 ? "tally" : "tallies"}` +
    ` · ${data.database}${data.run !== null ? ` as of run ${data.run}` : " (newest run of each article)"} · generated ${data.generated.slice(0, 16).replace("T", " ")} UTC`;

  // ── filters ────────────────────────────────────────────────────────────
  const unique = (values: string[]): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  function fillSelect(select: HTMLSelectElement, all: string, values: string[]): void {
    select.appendChild(new Option(all, ""));
    for (const v of values) select.appendChild(new Option(v, v));
  }
  const kindSel = $<HTMLSelectElement>("filter-kind");
  const countrySel = $<HTMLSelectElement>("filter-country");
  const actorSel = $<HTMLSelectElement>("filter-actor");
  const textIn = $<HTMLInputElement>("filter-text");
  const fromIn = $<HTMLInputElement>("filter-from");
  const toIn = $<HTMLInputElement>("filter-to");
  fillSelect(kindSel, "all kinds", data.kinds.map((k) => k.id));
  fillSelect(countrySel, "all countries", unique(data.events.flatMap((e) => e.countries)));
  fillSelect(actorSel, "all actors", unique(data.events.map((e) => e.actor ?? "(unknown)")));
  const haystack = new Map(
    data.events.map((e) => [
      e,
      [`#${e.id}`, e.kind, whenOf(e), e.place, ...e.countries, e.actor, e.target, ...e.weapons, e.article, e.outcome, ...e.sentences.map((s) => s.segments.map((g) => g.text).join(""))]
        .filter(Boolean)
        .join(" \u0000 ")
        .toLowerCase(),
    ]),
  );
  // An incident's words: its own fields and all its reports'.
  const incidentHaystack = new Map(
    data.incidents.map((i) => [
      i,
      [`incident #${i.id}`, i.kind, whenOf(i), i.place, ...i.countries, i.actor, ...i.weapons, ...(reportsOf.get(i.id) ?? []).map((e) => haystack.get(e)!)]
        .filter(Boolean)
        .join(" \u0000 ")
        .toLowerCase(),
    ]),
  );
  function fits(x: ReportEvent | ReportIncident, hay: string): boolean {
    if (kindSel.value && x.kind !== kindSel.value) return false;
    if (countrySel.value && !x.countries.includes(countrySel.value)) return false;
    if (actorSel.value && (x.actor ?? "(unknown)") !== actorSel.value) return false;
    // A date window counts when it overlaps (an incident's window is the span of its reports' days);
    // an undated event matches no date filter.
    const [start, end] = "incident" in x ? [x.date ?? x.date_start, x.date ?? x.date_end] : [x.date_start ?? x.date, x.date_end ?? x.date];
    if (fromIn.value && !((end ?? "") >= fromIn.value)) return false;
    if (toIn.value && !((start ?? "9999") <= toIn.value)) return false;
    const words = textIn.value.toLowerCase().split(/\s+/).filter(Boolean);
    return words.every((w) => hay.includes(w));
  }
  const matches = (e: ReportEvent): boolean => fits(e, haystack.get(e)!);
  const matchesIncident = (i: ReportIncident): boolean => fits(i, incidentHaystack.get(i)!);

  // ── timeline: incidents per day, stacked by kind ───────────────────────
  // One real attack reported by ten articles is one bar unit: the timeline plots incidents.
  // The axes show the span that holds most incidents (reportData's timeSpan); outliers are listed.
  const first = data.span ? toTs(data.span.from) : toTs(data.generated.slice(0, 10));
  const last = data.span ? toTs(data.span.to) : first;
  const inSpan = (day: string): boolean => toTs(day) >= first && toTs(day) <= last;
  const xs: number[] = [];
  for (let t = first; t <= last; t += DAY) xs.push(t);
  // Per kind (the registry's order), the incidents of each day.
  let perKind: number[][] = [];
  function timelineData(incidents: ReportIncident[]): UPlot.AlignedData {
    perKind = data.kinds.map(() => xs.map(() => 0));
    for (const i of incidents) {
      const row = perKind[data.kinds.findIndex((k) => k.id === i.kind)];
      const day = dayOf(i);
      if (day && inSpan(day) && row) row[(toTs(day) - first) / DAY]!++;
    }
    // Bars are drawn in series order, so kind k's bar is the total of kinds 0..k:
    // the all-kinds total behind (series 1), the registry's first kind in front.
    const stacked = perKind.map((_, k) => xs.map((_x, i) => perKind.slice(0, k + 1).reduce((a, row) => a + row[i]!, 0)));
    return [xs, ...stacked.reverse()];
  }
  const timelineBox = $("timeline");
  const bars = uPlot.paths.bars!({ size: [0.8, 28, 3], gap: 1 });
  const timeline = new uPlot(
    {
      width: Math.max(320, timelineBox.clientWidth),
      height: 260,
      tzDate: utc,
      cursor: { points: { show: false } },
      scales: { x: { time: true, range: (_u, min, max) => [min - DAY, max + DAY] }, y: { range: (_u, _min, max) => [0, Math.max(2, Math.ceil(max * 1.1))] } },
      axes: [{ stroke: "#495057", grid: { stroke: "#eef0f3" } }, { stroke: "#495057", grid: { stroke: "#eef0f3" }, incrs: [1, 2, 5, 10, 20, 50, 100], label: "incidents per day", size: 44 }],
      series: [
        { value: (_u, v) => (v == null ? "–" : fmtDay(v)) },
        ...[...data.kinds].reverse().map((k, j) => {
          const row = data.kinds.length - 1 - j;
          return { label: `${k.id} incidents`, fill: COLORS[k.id], stroke: COLORS[k.id], width: 0, paths: bars, points: { show: false }, value: (_u: uPlot, _v: number | null, _s: number, i: number | null) => (i == null ? "–" : String(perKind[row]?.[i] ?? 0)) };
        }),
      ],
    },
    timelineData(data.incidents),
    timelineBox,
  );

  // ── reported tallies against the distinct events found ─────────────────
  const overall = data.tallies.filter((t) => t.as_of !== null && t.region === null);
  const metrics = unique(overall.map((t) => t.metric));
  const tallyDays = unique([...data.cumulative.map((c) => c.day), ...overall.map((t) => t.as_of!)])
    .filter((d) => !data.span || (toTs(d) >= first - 14 * DAY && toTs(d) <= last + 14 * DAY))
    .map(toTs);
  function carried(kind: string): Array<number | null> {
    let i = -1;
    return tallyDays.map((t) => {
      while (i + 1 < data.cumulative.length && toTs(data.cumulative[i + 1]!.day) <= t) i++;
      return i < 0 ? 0 : (data.cumulative[i]!.counts[kind] ?? 0);
    });
  }
  const reported = metrics.map((m) =>
    tallyDays.map((t) => {
      const values = overall.filter((x) => x.metric === m && toTs(x.as_of!) === t).map((x) => x.value);
      return values.length ? Math.max(...values) : null;
    }),
  );
  const tallyBox = $("tally-chart");
  const tallyChart = new uPlot(
    {
      width: Math.max(320, tallyBox.clientWidth),
      height: 280,
      tzDate: utc,
      scales: { x: { time: true, range: (_u, min, max) => [min - 2 * DAY, max + 2 * DAY] }, y: { range: (_u, _min, max) => [0, Math.max(5, Math.ceil(max * 1.1))] } },
      axes: [{ stroke: "#495057", grid: { stroke: "#eef0f3" } }, { stroke: "#495057", grid: { stroke: "#eef0f3" }, label: "cumulative count", size: 48 }],
      series: [
        { value: (_u, v) => (v == null ? "–" : fmtDay(v)) },
        ...data.kinds.map((k) => ({ label: `${k.id} incidents found`, stroke: COLORS[k.id], width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } })),
        ...metrics.map((m) => ({
          label: `${m} reported`,
          stroke: TALLY_COLORS[m] ?? "#868e96",
          fill: TALLY_COLORS[m] ?? "#868e96",
          paths: () => null,
          points: { show: true, size: 9, width: 1.5, fill: "#fff" },
        })),
      ],
    },
    [tallyDays, ...data.kinds.map((k) => carried(k.id)), ...reported],
    tallyBox,
  );
  const tallyBody = $("tallies").querySelector("tbody")!;
  const talliesSorted: ReportTally[] = [...data.tallies];
  for (const t of talliesSorted) {
    const tr = el("tr");
    tr.append(
      el("td", "nowrap", t.as_of ?? "–"),
      el("td", `metric m-${t.metric}`, t.metric),
      el("td", "num", `${t.qualifier ? `${t.qualifier} ` : ""}${t.value}`),
      el("td", "", [t.region, t.since ? `since ${t.since}` : null].filter(Boolean).join(", ") || "–"),
    );
    const src = el("td", "source");
    src.append(marked(t.segments), el("span", "article", t.article));
    tr.append(src);
    tallyBody.append(tr);
  }
  $("tally-note").textContent =
    `Points: cumulative figures stated in the articles (as of the day stated; per-region figures are listed below only). ` +
    `Lines: the incidents sitrep found — each attack or strike counted once however many articles report it; undated and umbrella events belong to none.`;
  // The distinct count the lines end at, for readers and tests alike.
  const lastRow = data.cumulative.at(-1);
  tallyBox.dataset.distinct = String(lastRow ? Object.values(lastRow.counts).reduce((a, b) => a + b, 0) : 0);

  // ── map: outlines from world-atlas drawn with d3-geo, incidents as circles ─
  const mapSvg = $<SVGSVGElement>("map");
  const [west, south, east, north] = data.bbox;
  const box = { type: "MultiPoint" as const, coordinates: [[west, south], [east, north]] };
  const FOCUS = new Set(["Iraq", "Syria", "Jordan", "Yemen"]);
  const LABELS = ["Iraq", "Syria", "Jordan", "Saudi Arabia", "Yemen", "Iran", "Egypt", "Turkey", "Israel", "Lebanon", "Kuwait", "Eritrea", "Sudan"];
  const SEAS: Array<[string, number, number, number]> = [["Red Sea", 36.3, 24.3, 58], ["Gulf of Aden", 48.2, 12.6, -12], ["Persian Gulf", 50.7, 27.6, 35], ["Mediterranean", 32.0, 33.6, 0]];
  let drawIncidents: (incidents: ReportIncident[]) => void = () => undefined;
  function drawMap(): void {
    const width = Math.max(280, mapSvg.parentElement!.clientWidth);
    const fit = d3.geoMercator().fitWidth(width - 16, box);
    const height = Math.ceil(d3.geoPath(fit).bounds(box)[1][1]) + 16;
    const projection = d3.geoMercator().fitExtent([[8, 8], [width - 8, height - 8]], box).clipExtent([[0, 0], [width, height]]);
    const path = d3.geoPath(projection);
    mapSvg.replaceChildren();
    mapSvg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    mapSvg.setAttribute("width", String(width));
    mapSvg.setAttribute("height", String(height));
    mapSvg.append(svg("rect", { x: 0, y: 0, width, height, class: "sea" }));
    const land = svg("g", { class: "land" });
    for (const f of data.outlines.features) {
      const p = svg("path", { d: path(f) ?? "", class: FOCUS.has(f.properties.name) ? "country focus" : "country" });
      p.append(svg("title", {}));
      p.lastChild!.textContent = f.properties.name;
      land.append(p);
    }
    mapSvg.append(land);
    const labels = svg("g", { class: "labels" });
    for (const f of data.outlines.features) {
      if (!LABELS.includes(f.properties.name)) continue;
      const [x, y] = path.centroid(f);
      if (!(x > 20 && x < width - 20 && y > 10 && y < height - 10)) continue;
      const t = svg("text", { x, y, class: FOCUS.has(f.properties.name) ? "label focus" : "label" });
      t.textContent = f.properties.name;
      labels.append(t);
    }
    for (const [name, lon, lat, angle] of SEAS) {
      const [x, y] = projection([lon, lat]) ?? [-1, -1];
      if (x < 0 || y < 0 || x > width || y > height) continue;
      const t = svg("text", { x, y, class: "label sea-label", transform: `rotate(${angle} ${x} ${y})` });
      t.textContent = name;
      labels.append(t);
    }
    // Labels above the dots (and transparent to the mouse), so no dot hides a country's name.
    const dots = svg("g", { class: "events" });
    mapSvg.append(dots, labels);
    drawIncidents = (incidents) => {
      dots.replaceChildren();
      const groups = new Map<string, ReportIncident[]>();
      for (const e of incidents) {
        if (e.lon === null || e.lat === null) continue;
        const key = `${e.kind}|${e.approximate}|${e.lon.toFixed(2)}|${e.lat.toFixed(2)}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
      }
      let drawn = 0;
      // Bigger groups first, so small circles stay on top and clickable.
      for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
        const e = group[0]!;
        const [x, y] = projection([e.lon!, e.lat!]) ?? [NaN, NaN];
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        drawn += group.length;
        const c = svg("circle", {
          // Kinds side by side at one place: each shifted by its place in the registry.
          cx: x + 6 * data.kinds.findIndex((k) => k.id === e.kind) - 3 * (data.kinds.length - 1),
          cy: y,
          r: 4 + 2.5 * Math.sqrt(group.length - 1),
          class: `event ${e.kind}${e.approximate ? " approximate" : ""}`,
          "data-count": group.length,
        });
        const title = svg("title", {});
        title.textContent =
          `${plural(group.length, `${e.kind} incident`)} at ${e.approximate ? `${e.countries[0] ?? "?"} (only the country or sea is known)` : (e.place ?? e.countries.join(", "))}\n` +
          group.slice(0, 8).map((g) => `incident #${g.id} ${whenOf(g)} ${g.actor ?? ""} (${plural(g.reports, "report")})`).join("\n") + (group.length > 8 ? "\n…" : "");
        c.append(title);
        dots.append(c);
      }
      mapSvg.dataset.incidents = String(drawn);
      $("map-note").textContent = `${plural(drawn, "incident")} on the map; ${incidents.length - drawn} with no known place.`;
    };
  }

  // ── events table ───────────────────────────────────────────────────────
  const tbody = $("events").querySelector("tbody")!;
  const rows = new Map<ReportEvent, HTMLTableRowElement>();
  for (const e of data.events) {
    const tr = el("tr", `event ${e.kind}`);
    tr.dataset.id = String(e.id);
    const kind = el("td");
    kind.append(el("span", `badge ${e.kind}`, e.kind));
    const where = el("td", "where");
    where.append(el("strong", "", e.place ?? (e.countries.join(", ") || "?")));
    if (e.place && e.countries.length) where.append(el("span", "sub", e.countries.join(", ")));
    const who = el("td", "who");
    who.append(el("span", "", e.actor ?? "unknown"));
    if (e.target) who.append(el("span", "sub", `→ ${e.target}`));
    const src = el("td", "source");
    for (const s of e.sentences) src.append(marked(s.segments));
    src.append(el("span", "article", `${e.article}, sentence ${e.sentences.map((s) => s.idx).join(", ")}${e.outcome ? ` · ${e.outcome}` : ""}${e.incident !== null ? ` · incident #${e.incident}` : ""}`));
    tr.append(
      el("td", "num id", `#${e.id}`),
      el("td", "nowrap", whenOf(e)),
      kind,
      where,
      who,
      el("td", "", e.weapons.join(", ") || "–"),
      el("td", "num killed", e.killed === null ? "–" : String(e.killed)),
      el("td", "num injured", e.injured === null ? "–" : String(e.injured)),
      src,
    );
    rows.set(e, tr);
    tbody.append(tr);
  }

  // ── incidents table: each row opens a panel of its reports ─────────────
  // The panel sets each report's values side by side, a value that differs
  // from the incident's marked, with the report's sentence under them.
  const linkText = (l: ReportIncident["retaliation"][number]): string =>
    l.direction === "answered-by"
      ? `answered by the strike of incident #${l.incident ?? "?"}`
      : `answers ${l.incident !== null ? `the attack of incident #${l.incident}` : "an attack not in the corpus"}${l.ref ? ` (${l.ref})` : ""}`;
  function reportPanel(i: ReportIncident): HTMLElement {
    const box = el("div", "reports");
    for (const c of i.conflicts) box.append(el("p", "conflict", `Reports differ — ${c}`));
    for (const l of i.retaliation) {
      const p = el("p", "retaliation", `${linkText(l)}: “${l.sentence}” — ${l.article}`);
      box.append(p);
    }
    for (const e of reportsOf.get(i.id) ?? []) {
      const item = el("div", "report");
      item.dataset.event = String(e.id);
      const values = el("div", "values");
      const value = (label: string, text: string, differs: boolean): void => {
        const v = el("span", differs ? "value differs" : "value");
        v.append(el("i", "", label), document.createTextNode(text));
        values.append(v);
      };
      value("article ", e.article, false);
      value("date ", whenOf(e), whenOf(e) !== whenOf(i));
      value("where ", e.place ?? (e.countries.join(", ") || "?"), e.place !== null && e.place !== i.place);
      value("actor ", e.actor ?? "unknown", e.actor !== null && e.actor !== i.actor);
      value("weapons ", e.weapons.join(", ") || "–", e.weapons.join(",") !== i.weapons.join(","));
      value("killed ", e.killed === null ? "–" : String(e.killed), e.killed !== null && e.killed !== i.killed);
      value("injured ", e.injured === null ? "–" : String(e.injured), e.injured !== null && e.injured !== i.injured);
      item.append(values);
      for (const s of e.sentences) item.append(marked(s.segments));
      box.append(item);
    }
    return box;
  }
  const ibody = $("incidents").querySelector("tbody")!;
  const incidentRows = new Map<ReportIncident, HTMLTableRowElement[]>();
  for (const i of data.incidents) {
    const tr = el("tr", `incident ${i.kind}`);
    tr.dataset.id = String(i.id);
    const kind = el("td");
    kind.append(el("span", `badge ${i.kind}`, i.kind));
    const where = el("td", "where");
    where.append(el("strong", "", i.place ?? (i.countries.join(", ") || "?")));
    if (i.place && i.countries.length) where.append(el("span", "sub", i.countries.join(", ")));
    const open = el("button", "open", `${plural(i.reports, "report")} ▸`);
    open.type = "button";
    open.title = `${plural(i.sources, "distinct source")}; show each report`;
    const who = el("td", "who");
    who.append(el("span", "", i.actor ?? "unknown"));
    for (const l of i.retaliation) who.append(el("span", "sub link", l.direction === "answers" ? `answers #${l.incident ?? "?"}` : `answered by #${l.incident ?? "?"}`));
    const more = el("td", "more");
    more.append(open, el("span", "sub", plural(i.sources, "source")));
    tr.append(
      el("td", "num id", `#${i.id}`),
      el("td", "nowrap", whenOf(i)),
      kind,
      where,
      who,
      el("td", "", i.weapons.join(", ") || "–"),
      el("td", "num killed", spread(i.killed, i.killed_range)),
      el("td", "num injured", spread(i.injured, i.injured_range)),
      more,
    );
    const panel = el("tr", "panel");
    panel.hidden = true;
    const cell = el("td");
    cell.colSpan = 9;
    panel.append(cell);
    open.addEventListener("click", () => {
      if (!cell.firstChild) cell.append(reportPanel(i));
      panel.hidden = !panel.hidden;
      open.textContent = `${plural(i.reports, "report")} ${panel.hidden ? "▸" : "▾"}`;
      tr.classList.toggle("open", !panel.hidden);
    });
    incidentRows.set(i, [tr, panel]);
    ibody.append(tr, panel);
  }

  // ── wiring ─────────────────────────────────────────────────────────────
  let shown: ReportEvent[] = data.events;
  let shownIncidents: ReportIncident[] = data.incidents;
  function update(): void {
    shown = data.events.filter(matches);
    shownIncidents = data.incidents.filter(matchesIncident);
    for (const [e, tr] of rows) tr.hidden = !shown.includes(e);
    for (const [i, [tr, panel]] of incidentRows) {
      tr!.hidden = !shownIncidents.includes(i);
      if (tr!.hidden) panel!.hidden = true;
    }
    const series = timelineData(shownIncidents);
    timeline.setData(series);
    // What the chart plots (the stacked totals), for readers and tests alike.
    timelineBox.dataset.incidents = String((series[1] as number[]).reduce((a, b) => a + b, 0));
    const outside = shownIncidents.filter((i) => dayOf(i) && !inSpan(dayOf(i)!));
    $("timeline-note").textContent =
      `${plural(shownIncidents.filter((i) => i.date).length, "dated incident")} (the events of several articles that report one attack or strike count once); ` +
      `${shownIncidents.filter((i) => !i.date).length} known only within a window of days and ${shown.filter((e) => e.incident === null).length} event(s) in no incident (undated or umbrella) not drawn.` +
      (outside.length
        ? ` Outside the axis (${fmtDay(first)} – ${fmtDay(last)}, the span of most incidents), not drawn: ` +
          outside.map((i) => `incident #${i.id} ${dayOf(i)} ${i.kind}${i.place ? ` at ${i.place}` : ""}`).join("; ") + "."
        : "");
    timelineBox.dataset.outliers = String(outside.length);
    drawIncidents(shownIncidents);
    const ofAll = (n: number, all: number, word: string): string => (n === all ? `all ${plural(all, word)}` : `${n} of ${plural(all, word)}`);
    $("shown-count").textContent = `${ofAll(shownIncidents.length, data.incidents.length, "incident")} · ${ofAll(shown.length, data.events.length, "event")}`;
    $("no-events").hidden = shown.length > 0;
    $("no-incidents").hidden = shownIncidents.length > 0;
    // Casualties of incidents: the value most reports give, once per attack, not once per article.
    const sum = (f: (i: ReportIncident) => number | null): number => shownIncidents.reduce((a, i) => a + (f(i) ?? 0), 0);
    for (const k of data.kinds) $(`kpi-${k.id}`).textContent = String(shownIncidents.filter((i) => i.kind === k.id).length);
    $("kpi-killed").textContent = String(sum((i) => i.killed));
    $("kpi-injured").textContent = String(sum((i) => i.injured));
  }
  for (const input of [kindSel, countrySel, actorSel, fromIn, toIn]) input.addEventListener("change", update);
  textIn.addEventListener("input", update);
  $("filter-reset").addEventListener("click", () => {
    kindSel.value = countrySel.value = actorSel.value = textIn.value = fromIn.value = toIn.value = "";
    update();
  });
  drawMap();
  update();
  window.addEventListener("resize", () => {
    timeline.setSize({ width: Math.max(320, timelineBox.clientWidth), height: 260 });
    tallyChart.setSize({ width: Math.max(320, tallyBox.clientWidth), height: 280 });
    drawMap();
    drawIncidents(shownIncidents);
  });
  document.body.dataset.ready = "true";
}
