/**
 * Near-identical texts — one wire story syndicated by ten sites — count as
 * one source. Each article gets a MinHash of its five-word shingles; two
 * articles whose MinHashes agree in at least SAME_SOURCE of their slots
 * (an estimate of the shingles' Jaccard similarity) are copies.
 */
const SLOTS = 64;
const SHINGLE = 5;
export const SAME_SOURCE = 0.8;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SLOTS }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

export function minhash(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Array<number>(SLOTS).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(" "));
    for (let k = 0; k < SLOTS; k++) {
      const v = mix(h ^ SEEDS[k]!);
      if (v < out[k]!) out[k] = v;
    }
  }
  return out;
}

export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < SLOTS; k++) if (a[k] === b[k]) same++;
  return same / SLOTS;
}

/** Bands of the MinHash for finding candidate copies (16 bands of 4 slots: a pair at 0.8 similarity shares a band but for a chance of 1 in 5,000). */
const BANDS = 16;
const ROWS = SLOTS / BANDS;

/**
 * The number of distinct sources among articles (key → MinHash): copies
 * joined, transitively. Only pairs that share a band are compared, so an
 * incident with hundreds of reports costs little more than one with few.
 */
export function distinctSources(hashes: ReadonlyMap<string, readonly number[]>): number {
  const keys = [...hashes.keys()].sort();
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const band = hashes.get(k)!.slice(b * ROWS, (b + 1) * ROWS).join(",");
      const list = buckets.get(band);
      if (list) list.push(i);
      else buckets.set(band, [i]);
    });
    for (const list of buckets.values())
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x]!;
          const j = list[y]!;
          if (find(i) !== find(j) && similarity(hashes.get(keys[i]!)!, hashes.get(keys[j]!)!) >= SAME_SOURCE) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
        }
  }
  return new Set(keys.map((_, i) => find(i))).size;
}
