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
  article: string;
  kind: "attack" | "strike";
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

/** Cumulative distinct events found, by day (see distinctEvents.ts). */
export interface CumulativeRow {
  day: string;
  attack: number;
  strike: number;
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
  outliers: Array<{ id: number; date: string; kind: string; place: string | null }>;
}

export interface ReportData {
  title: string;
  generated: string;
  database: string;
  run: number | null;
  articles: number;
  events: ReportEvent[];
  tallies: ReportTally[];
  cumulative: CumulativeRow[];
  span: TimeSpan | null;
  /** [west, south, east, north] of the map. */
  bbox: [number, number, number, number];
  outlines: FeatureCollection<Geometry, { name: string }>;
}
