/**
 * The report page's script. `reportClient` is inlined into the HTML as its
 * source text (Function.prototype.toString) and runs in the browser, so it
 * must use nothing from this module's scope: only the globals the page
 * defines (uPlot, d3 from d3-array + d3-geo) and the embedded JSON. Type
 * imports are erased. Every value from the data goes into the DOM as text
 * (textContent, createTextNode, setAttribute), never as markup.
 */
import type UPlot from "uplot";
import type { ReportData, ReportEvent, ReportTally } from "./reportTypes.js";
import type { Segment } from "../query/highlight.js";

declare const uPlot: typeof UPlot;
declare const d3: typeof import("d3-geo");

export function reportClient(): void {
  const data = JSON.parse(document.getElementById("sitrep-data")!.textContent!) as ReportData;
  const COLORS = { attack: "#e8590c", strike: "#1971c2" } as const;
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
  const whenOf = (e: ReportEvent): string => e.date ?? (e.date_start && e.date_end ? `${e.date_start} – ${e.date_end}` : "undated");

  // ── header ─────────────────────────────────────────────────────────────
  document.title = data.title;
  $("title").textContent = data.title;
  $("meta").textContent =
    `${plural(data.events.length, "event")} from ${plural(data.articles, "article")} · ${data.tallies.length} reported ${data.tallies.length === 1 ? "tally" : "tallies"}` +
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
  fillSelect(kindSel, "all kinds", ["attack", "strike"]);
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
  function matches(e: ReportEvent): boolean {
    if (kindSel.value && e.kind !== kindSel.value) return false;
    if (countrySel.value && !e.countries.includes(countrySel.value)) return false;
    if (actorSel.value && (e.actor ?? "(unknown)") !== actorSel.value) return false;
    // A date window counts when it overlaps; an undated event matches no date filter.
    if (fromIn.value && !((e.date ?? e.date_end ?? "") >= fromIn.value)) return false;
    if (toIn.value && !((e.date ?? e.date_start ?? "9999") <= toIn.value)) return false;
    const words = textIn.value.toLowerCase().split(/\s+/).filter(Boolean);
    const hay = haystack.get(e)!;
    return words.every((w) => hay.includes(w));
  }

  // ── timeline: events per day, stacked by kind ──────────────────────────
  // The axes show the span that holds most events (reportData's timeSpan); outliers are listed.
  const first = data.span ? toTs(data.span.from) : toTs(data.generated.slice(0, 10));
  const last = data.span ? toTs(data.span.to) : first;
  const inSpan = (day: string): boolean => toTs(day) >= first && toTs(day) <= last;
  const xs: number[] = [];
  for (let t = first; t <= last; t += DAY) xs.push(t);
  let strikeRaw: number[] = [];
  function timelineData(events: ReportEvent[]): UPlot.AlignedData {
    const attack = xs.map(() => 0);
    const strike = xs.map(() => 0);
    for (const e of events) if (e.date && inSpan(e.date)) (e.kind === "attack" ? attack : strike)[(toTs(e.date) - first) / DAY]!++;
    strikeRaw = strike;
    // Bars are drawn in series order: the attack+strike total behind, attacks in front.
    return [xs, strike.map((s, i) => s + attack[i]!), attack];
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
      axes: [{ stroke: "#495057", grid: { stroke: "#eef0f3" } }, { stroke: "#495057", grid: { stroke: "#eef0f3" }, incrs: [1, 2, 5, 10, 20, 50, 100], label: "events per day", size: 44 }],
      series: [
        { value: (_u, v) => (v == null ? "–" : fmtDay(v)) },
        { label: "strikes", fill: COLORS.strike, stroke: COLORS.strike, width: 0, paths: bars, points: { show: false }, value: (_u, _v, _s, i) => (i == null ? "–" : String(strikeRaw[i] ?? 0)) },
        { label: "attacks", fill: COLORS.attack, stroke: COLORS.attack, width: 0, paths: bars, points: { show: false }, value: (_u, v) => (v == null ? "–" : String(v)) },
      ],
    },
    timelineData(data.events),
    timelineBox,
  );

  // ── reported tallies against the distinct events found ─────────────────
  const overall = data.tallies.filter((t) => t.as_of !== null && t.region === null);
  const metrics = unique(overall.map((t) => t.metric));
  const tallyDays = unique([...data.cumulative.map((c) => c.day), ...overall.map((t) => t.as_of!)])
    .filter((d) => !data.span || (toTs(d) >= first - 14 * DAY && toTs(d) <= last + 14 * DAY))
    .map(toTs);
  function carried(kind: "attack" | "strike"): Array<number | null> {
    let i = -1;
    return tallyDays.map((t) => {
      while (i + 1 < data.cumulative.length && toTs(data.cumulative[i + 1]!.day) <= t) i++;
      return i < 0 ? 0 : data.cumulative[i]![kind];
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
        { label: "attacks found (distinct)", stroke: COLORS.attack, width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
        { label: "strikes found (distinct)", stroke: COLORS.strike, width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
        ...metrics.map((m) => ({
          label: `${m} reported`,
          stroke: TALLY_COLORS[m] ?? "#868e96",
          fill: TALLY_COLORS[m] ?? "#868e96",
          paths: () => null,
          points: { show: true, size: 9, width: 1.5, fill: "#fff" },
        })),
      ],
    },
    [tallyDays, carried("attack"), carried("strike"), ...reported],
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
    `Lines: events sitrep found, each counted once per kind, day and place; undated and umbrella events are left out.`;

  // ── map: outlines from world-atlas drawn with d3-geo, events as circles ─
  const mapSvg = $<SVGSVGElement>("map");
  const [west, south, east, north] = data.bbox;
  const box = { type: "MultiPoint" as const, coordinates: [[west, south], [east, north]] };
  const FOCUS = new Set(["Iraq", "Syria", "Jordan", "Yemen"]);
  const LABELS = ["Iraq", "Syria", "Jordan", "Saudi Arabia", "Yemen", "Iran", "Egypt", "Turkey", "Israel", "Lebanon", "Kuwait", "Eritrea", "Sudan"];
  const SEAS: Array<[string, number, number, number]> = [["Red Sea", 36.3, 24.3, 58], ["Gulf of Aden", 48.2, 12.6, -12], ["Persian Gulf", 50.7, 27.6, 35], ["Mediterranean", 32.0, 33.6, 0]];
  let drawEvents: (events: ReportEvent[]) => void = () => undefined;
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
    drawEvents = (events) => {
      dots.replaceChildren();
      const groups = new Map<string, ReportEvent[]>();
      for (const e of events) {
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
          cx: x + (e.kind === "strike" ? 3 : -3),
          cy: y,
          r: 4 + 2.5 * Math.sqrt(group.length - 1),
          class: `event ${e.kind}${e.approximate ? " approximate" : ""}`,
          "data-count": group.length,
        });
        const title = svg("title", {});
        title.textContent =
          `${plural(group.length, e.kind)} at ${e.approximate ? `${e.countries[0] ?? "?"} (only the country or sea is known)` : (e.place ?? e.countries.join(", "))}\n` +
          group.slice(0, 8).map((g) => `#${g.id} ${whenOf(g)} ${g.actor ?? ""}`).join("\n") + (group.length > 8 ? "\n…" : "");
        c.append(title);
        dots.append(c);
      }
      mapSvg.dataset.events = String(drawn);
      $("map-note").textContent = `${plural(drawn, "event")} on the map; ${events.length - drawn} with no known place.`;
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
    src.append(el("span", "article", `${e.article}, sentence ${e.sentences.map((s) => s.idx).join(", ")}${e.outcome ? ` · ${e.outcome}` : ""}`));
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

  // ── wiring ─────────────────────────────────────────────────────────────
  let shown: ReportEvent[] = data.events;
  function update(): void {
    shown = data.events.filter(matches);
    for (const [e, tr] of rows) tr.hidden = !shown.includes(e);
    const series = timelineData(shown);
    timeline.setData(series);
    // What the chart plots (the stacked totals), for readers and tests alike.
    timelineBox.dataset.events = String((series[1] as number[]).reduce((a, b) => a + b, 0));
    const outside = shown.filter((e) => e.date && !inSpan(e.date));
    $("timeline-note").textContent =
      `${plural(shown.filter((e) => e.date).length, "dated event")}; ${shown.filter((e) => !e.date).length} undated not drawn.` +
      (outside.length
        ? ` Outside the axis (${fmtDay(first)} – ${fmtDay(last)}, the span of most events), not drawn: ` +
          outside.map((e) => `#${e.id} ${e.date} ${e.kind}${e.place ? ` at ${e.place}` : ""}`).join("; ") + "."
        : "");
    timelineBox.dataset.outliers = String(outside.length);
    drawEvents(shown);
    $("shown-count").textContent = shown.length === data.events.length ? `all ${plural(data.events.length, "event")}` : `${shown.length} of ${plural(data.events.length, "event")}`;
    $("no-events").hidden = shown.length > 0;
    const sum = (f: (e: ReportEvent) => number | null): number => shown.reduce((a, e) => a + (f(e) ?? 0), 0);
    $("kpi-attacks").textContent = String(shown.filter((e) => e.kind === "attack").length);
    $("kpi-strikes").textContent = String(shown.filter((e) => e.kind === "strike").length);
    $("kpi-killed").textContent = String(sum((e) => e.killed));
    $("kpi-injured").textContent = String(sum((e) => e.injured));
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
    drawEvents(shown);
  });
  document.body.dataset.ready = "true";
}
