/**
 * Country outlines for the report's map: Natural Earth 1:50m countries from
 * the world-atlas package, converted from TopoJSON with topojson-client, kept
 * when a vertex lies in the map's box (Iraq, Syria, Jordan, the Red Sea and
 * their neighbours) and rounded to 0.01° (about 1 km) to keep the page small.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

/** [west, south, east, north]: from the eastern Mediterranean to the Gulf, Turkey to the Gulf of Aden. */
export const MAP_BBOX: [number, number, number, number] = [29, 11, 52, 38.5];

type Coordinates = Position | Coordinates[];

function round(c: Coordinates): Coordinates {
  return typeof c[0] === "number" ? (c as Position).map((x) => Math.round(x * 100) / 100) : (c as Coordinates[]).map(round);
}

function anyVertexIn(c: Coordinates, [w, s, e, n]: number[]): boolean {
  if (typeof c[0] === "number") return (c[0] as number) >= w! && (c[0] as number) <= e! && (c[1] as number) >= s! && (c[1] as number) <= n!;
  return (c as Coordinates[]).some((x) => anyVertexIn(x, [w!, s!, e!, n!]));
}

export function mapOutlines(bbox = MAP_BBOX): FeatureCollection<Geometry, { name: string }> {
  const file = createRequire(import.meta.url).resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries);
  const features: Array<Feature<Geometry, { name: string }>> = [];
  for (const f of all.features) {
    if (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon") continue;
    if (!anyVertexIn(f.geometry.coordinates, bbox)) continue;
    features.push({ type: "Feature", properties: { name: f.properties.name }, geometry: { ...f.geometry, coordinates: round(f.geometry.coordinates) } as Geometry });
  }
  return { type: "FeatureCollection", features };
}
