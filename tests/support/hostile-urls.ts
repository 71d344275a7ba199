// Seeded generator of hostile query strings for the URL parser: unknown names, huge values, unicode,
// invalid UTF-8 and percent escapes, script tags, empty values and repeated parameters. The same seed
// gives the same strings, so a failure can be replayed.
import { URL_PARAMETERS } from "../../src/state/app/url-state";

// Every parameter the app reads, so the generator also sends known names with hostile values.
const KNOWN = URL_PARAMETERS;
const GOOD: Record<string, string[]> = {
  pillar: ["hub", "innovation,quality", ""],
  status: ["start", "planning,operation"],
  layer: ["railway", "urban,platform"],
  county: ["330402", "330481,330483"],
  q: ["嘉兴", "airport"],
  project: ["jiaxing-airport"],
  map: ["10/30.75/120.75", "8/30.5/121"],
  lang: ["en", "zh"],
  embed: ["1", "0"],
  present: ["0"],
  slide: ["1"],
};
// Raw fragments, not encoded again: malformed escapes and invalid UTF-8 must reach the parser as is.
const RAW_VALUES = ["%", "%%", "%E0%A4%A", "%ED%A0%80", "%FF%FE", "%00", "a%2", "%C0%AF", "+++", "=", "=="];
const HOSTILE_VALUES = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "javascript:window.__pwned=1",
  "hub,hub,hub",
  "hub,,innovation,",
  ",",
  "9".repeat(5000),
  "1e309/NaN/Infinity",
  "-0/-90/-180",
  "99/99/999",
  "10/30.75",
  "10/30.75/120.75/1",
  "0x10/1e2/ 120",
  "嘉兴市".repeat(400),
  "🗺️🚄✈️",
  "\u202Eevil\u202C",
  "zero\u200Bwidth",
  "__proto__",
  "constructor",
  "toString",
  " ",
  "\t\n",
];
const UNKNOWN_NAMES = [
  "__proto__",
  "constructor",
  "foo",
  "<script>",
  "地图",
  "🚄",
  "PILLAR",
  "pillar[]",
  "q ",
  "",
  "x".repeat(3000),
];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function parameter(random: () => number): string {
  const roll = random();
  const name = roll < 0.8 ? pick(random, KNOWN) : pick(random, UNKNOWN_NAMES);
  const kind = random();
  if (kind < 0.15) return `${encodeURIComponent(name)}=${pick(random, RAW_VALUES)}`;
  if (kind < 0.2) return encodeURIComponent(name); // no "=" at all
  const value = kind < 0.45 ? pick(random, GOOD[name] ?? [""]) : pick(random, HOSTILE_VALUES);
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

/** `count` query strings (with the leading "?"), each of 1–8 parameters, some repeated. */
export function hostileSearches(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 8) }, () => parameter(random));
    if (random() < 0.2 && parts[0]) parts.push(parts[0], parts[0]); // the same parameter three times
    if (random() < 0.1) parts.push("", ""); // "&&"
    return `?${parts.join("&")}`;
  });
}
