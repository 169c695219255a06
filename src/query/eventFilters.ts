/** The filters `sitrep query` (and the report) select events by; every one optional. */
export interface EventFilters {
  /** A kind of the registry (lexicons/kinds.json): `attack`, `strike`, …. */
  kind?: string;
  /** YYYY-MM-DD: events on or after it (a date window counts when it overlaps). */
  from?: string;
  /** YYYY-MM-DD: events on or before it. */
  to?: string;
  /** One of the event's countries, any case ("iraq" matches "Iraq; Syria"). */
  country?: string;
  /** Part of the place name, any case ("asad" matches "Ain al-Asad Air Base"). */
  place?: string;
  /** Part of the actor name, any case. */
  actor?: string;
  /** A weapon category: rocket, mortar, drone, missile, aircraft, gunfire, explosive. */
  weapon?: string;
  /** At least this many killed. */
  minKilled?: number;
  /** Words searched (FTS5) in the event's evidence sentences. */
  text?: string;
  /** The article's key, exactly (the file name without .txt, or the dump record's id). */
  article?: string;
  /** The reports of one incident (its id in sitrep incidents). */
  incident?: number;
  /** At most this many events (the first ones in date order). */
  limit?: number;
  /** Snapshot as of this run; null or absent: the newest extraction of each article. */
  run?: number | null;
}
