// A line feature's note says which places it runs through ("自鸭子坝经乌镇…"): those words are a claim
// about the geometry, and this check holds the geometry to it. Every place of data/towns.json that a
// line's note_zh names must lie within the line's precision distance (PRECISION_UNCERTAINTY_METRES) of
// the drawn line, so an edit that moves a line away from its towns, or a note that names a town the line
// misses, fails `npm run validate`. Only the Chinese note is read: it names places as the sources do.
import { lineString, point, pointToLineDistance } from "@turf/turf";
import type { Geometry, Position } from "geojson";
import { type Problem, problem, shown } from "../../src/data/problem";
import { PRECISION_UNCERTAINTY_METRES, type Precision, REGION_BOUNDS } from "../../src/data/project-schema";

export interface Town {
  name_zh: string;
  name_en: string;
  /** Other ways the notes write the same place (海盐县城 for 武原). */
  also_zh?: string[];
  longitude: number;
  latitude: number;
  /** Where the position comes from: a page, a dataset or the shared reference positions. */
  source: string;
}

export interface NamedLine {
  file: string;
  id: string;
  precision: Precision;
  note_zh?: string;
  geometry: Geometry;
}

export interface TownsRead {
  towns: Town[];
  problems: Problem[];
}

const text = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

function townProblem(town: Record<string, unknown>, index: number): string | null {
  if (!text(town.name_zh) || !text(town.name_en))
    return `town ${index + 1}: name_zh and name_en are required`;
  if (!text(town.source)) return `${town.name_zh}: a position needs its source`;
  const { longitude, latitude } = town;
  if (typeof longitude !== "number" || typeof latitude !== "number") {
    return `${town.name_zh}: longitude and latitude must be numbers`;
  }
  const inRegion =
    longitude >= REGION_BOUNDS.west &&
    longitude <= REGION_BOUNDS.east &&
    latitude >= REGION_BOUNDS.south &&
    latitude <= REGION_BOUNDS.north;
  if (!inRegion) return `${town.name_zh}: [${shown(longitude)}, ${shown(latitude)}] is outside the region`;
  if (town.also_zh !== undefined && !(Array.isArray(town.also_zh) && town.also_zh.every(text))) {
    return `${town.name_zh}: also_zh must be a list of names`;
  }
  return null;
}

/** data/towns.json read and checked: every town keeps a name, a position in the region and a source. */
export function readTowns(json: string, file: string): TownsRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { towns: [], problems: [problem(file, null, "json", `not valid JSON: ${String(error)}`)] };
  }
  const list = (parsed as { towns?: unknown }).towns;
  if (!Array.isArray(list)) return { towns: [], problems: [problem(file, null, "towns", "must be a list")] };
  const towns: Town[] = [];
  const problems: Problem[] = [];
  list.forEach((entry, index) => {
    const found = townProblem((entry ?? {}) as Record<string, unknown>, index);
    if (found) problems.push(problem(file, null, "towns", found));
    else towns.push(entry as Town);
  });
  return { towns, problems };
}

// A name followed by one of these is a county or district (南浔区, 桐乡市), an area rather than the town
// itself, unless the words say the town's own built-up area (平湖市区).
const DIVISION_SUFFIXES = ["区", "县", "市"];
const TOWN_AREA_WORDS = ["市区", "城区"];

function namesTown(note: string, name: string): boolean {
  for (let at = note.indexOf(name); at >= 0; at = note.indexOf(name, at + 1)) {
    const after = note.slice(at + name.length);
    const division = DIVISION_SUFFIXES.some((suffix) => after.startsWith(suffix));
    if (!division || TOWN_AREA_WORDS.some((words) => after.startsWith(words))) return true;
  }
  return false;
}

/** The towns a note names: by name_zh or an also_zh, with a station or interchange after it (乌镇南) included. */
export function townsNamedIn(note: string, towns: readonly Town[]): Town[] {
  return towns.filter((town) =>
    [town.name_zh, ...(town.also_zh ?? [])].some((name) => namesTown(note, name)),
  );
}

function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === "LineString") return [geometry.coordinates];
  if (geometry.type === "MultiLineString") return geometry.coordinates;
  return [];
}

/** Metres from the town to the nearest point of any part of the line. */
export function metresFromLine(town: Town, lines: readonly Position[][]): number {
  const at = point([town.longitude, town.latitude]);
  return Math.min(...lines.map((line) => pointToLineDistance(at, lineString(line), { units: "meters" })));
}

function distanceWords(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(1)} km`;
}

/** One problem for each town a line's note names that the line does not pass within its precision. */
export function checkTownsOnLines(lines: readonly NamedLine[], towns: readonly Town[]): Problem[] {
  const problems: Problem[] = [];
  for (const line of lines) {
    const parts = linesOf(line.geometry);
    if (parts.length === 0 || !line.note_zh) continue;
    const allowed = PRECISION_UNCERTAINTY_METRES[line.precision];
    for (const town of townsNamedIn(line.note_zh, towns)) {
      const metres = metresFromLine(town, parts);
      if (metres <= allowed) continue;
      const message = `names ${town.name_zh} (${town.name_en}), but the line passes ${distanceWords(metres)} from it; ${/^[aeiou]/.test(line.precision) ? "an" : "a"} ${line.precision} line must pass within ${distanceWords(allowed)} of every place its note names (positions: data/towns.json)`;
      problems.push(problem(line.file, line.id, "note_zh", message));
    }
  }
  return problems;
}
