/**
 * The data a report page embeds (as JSON in a <script type="application/json">)
 * and its client script reads. Every string from article text stays data:
 * the page puts it in the DOM with textContent, never as markup.
 */
import type { FeatureCollection, Geometry } from "geojson";
import type { Segment } from "../query/highlight.js";

export interface ReportSentence {
  idx: number;
  segments: Segment[];
}

export interface ReportEvent {
  id: number;
  /** The incident it reports (ReportData.incidents); null: none (undated, umbrella). */
  incident: number | null;
  article: string;
  /** A kind of the registry (ReportData.kinds). */
  kind: string;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  /** Countries (a multi-country event has several). */
  countries: string[];
  place: string | null;
  actor: string | null;
  target: string | null;
  weapons: string[];
  killed: number | null;
  injured: number | null;
  outcome: string | null;
  /** Where to draw it: the event's coordinates, else its country's or sea's from the gazetteer. */
  lon: number | null;
  lat: number | null;
  /** True when lon/lat are only the country's or sea's centre. */
  approximate: boolean;
  sentences: ReportSentence[];
}

/**
 * One incident (one real attack or strike, however many articles report
 * it): its best values; its reports are the events whose `incident` is its id.
 */
export interface ReportIncident {
  id: number;
  kind: string;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  countries: string[];
  place: string | null;
  actor: string | null;
  weapons: string[];
  killed: number | null;
  killed_range: [number, number] | null;
  injured: number | null;
  injured_range: [number, number] | null;
  reports: number;
  sources: number;
  /** Where its reports differ: "injured: 3 (a-1, a-3) | 4 (a-2)". */
  conflicts: string[];
  /** Strikes it answers or that answer it, with the sentence that says so. */
  retaliation: Array<{ direction: "answers" | "answered-by"; incident: number | null; ref: string; sentence: string; article: string }>;
  lon: number | null;
  lat: number | null;
  approximate: boolean;
}

export interface ReportTally {
  metric: string;
  value: number;
  qualifier: string | null;
  region: string | null;
  since: string | null;
  as_of: string | null;
  article: string;
  segments: Segment[];
}

/** Cumulative incidents found, by day (see distinctEvents.ts). */
export interface CumulativeRow {
  day: string;
  /** Kind id → incidents of that kind up to and including the day. */
  counts: Record<string, number>;
}

/** A kind as the page shows it: the kind registry's entries (lexicons/kinds.json), in its order. */
export interface ReportKind {
  id: string;
  description: string;
  colour: string;
}

/**
 * The days the time axes show: the span that holds most dated events. An
 * article recalling a 2020 attack would otherwise stretch both charts over
 * years and squeeze the weeks that matter into a few pixels; such events are
 * listed as outliers instead.
 */
export interface TimeSpan {
  from: string;
  to: string;
  /** Incidents outside the span. */
  outliers: Array<{ id: number; date: string; kind: string; place: string | null }>;
}

export interface ReportData {
  title: string;
  generated: string;
  database: string;
  run: number | null;
  articles: number;
  events: ReportEvent[];
  incidents: ReportIncident[];
  tallies: ReportTally[];
  cumulative: CumulativeRow[];
  kinds: ReportKind[];
  span: TimeSpan | null;
  /** [west, south, east, north] of the map. */
  bbox: [number, number, number, number];
  outlines: FeatureCollection<Geometry, { name: string }>;
}
