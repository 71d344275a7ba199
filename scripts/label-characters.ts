// Every character the map's own labels can draw: the names (`name_zh`, `name_en`, any `name…`) of the
// project files the build ships and of the basemap's labelled layers, plus printable ASCII for the
// planner's distance labels ("5 km") and Latin names. vite-plugin-label-font.ts puts them in one font file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectFilesIn } from "./project-files.ts";

// The basemap files whose features carry a label (basemap-layers.ts: places, county labels drawn from
// the counties, the neighbouring cities' names).
export const LABELLED_BASEMAP_FILES = ["places.geojson", "counties.geojson", "neighbour-labels.geojson"];

const PRINTABLE_ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, index) =>
  String.fromCodePoint(0x20 + index),
);

export interface LabelCharacters {
  codePoints: number[]; // sorted, each once
  files: string[]; // every file read, for the dev server to rebuild when one changes
}

export function readLabelCharacters(projectDirectory: string, basemapDirectory: string): LabelCharacters {
  const files = [
    ...projectFilesIn(projectDirectory),
    ...LABELLED_BASEMAP_FILES.map((name) => join(basemapDirectory, name)),
  ];
  const names = files.flatMap((file) => namesIn(file));
  return { codePoints: codePointsOf([...PRINTABLE_ASCII, ...names]), files };
}

export function codePointsOf(texts: string[]): number[] {
  const points = new Set<number>();
  for (const text of texts) for (const character of text) points.add(character.codePointAt(0) as number);
  return [...points].sort((a, b) => a - b);
}

// A missing or broken file adds no names rather than failing the build: the app reports data problems
// itself, and a name the file misses still draws from the per-range subsets behind the label font.
function namesIn(file: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return [];
  }
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) return [];
  return features.flatMap((feature) => {
    const properties = (feature as { properties?: unknown })?.properties;
    if (!properties || typeof properties !== "object") return [];
    return Object.entries(properties).flatMap(([key, value]) =>
      key.startsWith("name") && typeof value === "string" ? [value] : [],
    );
  });
}
