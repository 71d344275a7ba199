// Writes N valid project features spread over Jiaxing as one file per layer, for the benchmark's 10 000
// and 100 000 project builds. Seeded, so every run measures the same data. Each feature passes the app's
// own validation (src/data/validate-collection.ts): Chinese and English text where required, a
// "<battle> · <sub-heading>" section, a real county code, positions inside the region, rings wound
// counter-clockwise (RFC 7946 right-hand rule) and at most 5 decimals.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Geometry, Position } from "geojson";
import {
  COUNTY_CODES,
  LAYERS,
  type LayerName,
  PILLARS,
  PRECISIONS,
  type ProjectFeature,
  STATUSES,
} from "../../src/data/project-schema";

// Jiaxing's extent in degrees, a little inside the city outline.
const WEST = 120.35;
const EAST = 121.25;
const SOUTH = 30.35;
const NORTH = 31.0;

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const round = (value: number) => Math.round(value * 1e5) / 1e5; // 5 decimals ≈ 1 m

function geometryFor(layer: LayerName, random: () => number): Geometry {
  const start: Position = [WEST + random() * (EAST - WEST), SOUTH + random() * (NORTH - SOUTH)];
  if (layer === "railway" || layer === "highway" || layer === "waterway") {
    // A wandering line of 8 vertices with steps up to about 2 km (0.02°).
    const coordinates: Position[] = [start.map(round)];
    for (let step = 1; step < 8; step++) {
      const [longitude, latitude] = coordinates[step - 1] as [number, number];
      coordinates.push([
        round(longitude + (random() - 0.5) * 0.04),
        round(latitude + (random() - 0.5) * 0.04),
      ]);
    }
    return { type: "LineString", coordinates };
  }
  if (layer === "platform" || (layer === "urban" && random() < 0.5)) {
    // A hexagon 1–3 km across, corners in counter-clockwise order (increasing angle).
    const radius = 0.005 + random() * 0.01;
    const ring = Array.from({ length: 6 }, (_, corner): Position => {
      const angle = (corner * Math.PI) / 3;
      return [
        round((start[0] as number) + radius * Math.cos(angle)),
        round((start[1] as number) + radius * Math.sin(angle)),
      ];
    });
    return { type: "Polygon", coordinates: [[...ring, ring[0] as Position]] };
  }
  return { type: "Point", coordinates: start.map(round) };
}

function syntheticFeature(index: number, layer: LayerName, random: () => number): ProjectFeature {
  const id = `synthetic-${index}`;
  return {
    type: "Feature",
    id,
    geometry: geometryFor(layer, random),
    properties: {
      id,
      name_zh: `合成项目${index}号`,
      name_en: `Synthetic project ${index}`,
      pillar: PILLARS[index % PILLARS.length] ?? "hub",
      layer,
      status: STATUSES[index % STATUSES.length] ?? "planning",
      target_zh: "年内开工",
      target_en: "Start within the year",
      source_quote: "合成项目",
      source_section: "枢纽嘉兴 · 合成数据",
      source_quote_en: "Synthetic project",
      source_section_en: "Hub Jiaxing · synthetic data",
      precision: PRECISIONS[index % PRECISIONS.length] ?? "exact",
      counties: [COUNTY_CODES[index % COUNTY_CODES.length] ?? "330402"],
      beyond_city: false,
    },
  };
}

/** Writes `count` features into `directory` (emptied first) as <layer>.geojson files; returns the bytes written. */
export function writeSyntheticProjects(directory: string, count: number): number {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const random = seededRandom(20200101 + count);
  const byLayer = new Map<LayerName, string[]>(LAYERS.map((layer) => [layer, []]));
  for (let index = 0; index < count; index++) {
    // Round-robin over the seven layers: 3 in 7 features are lines, the rest zones and points.
    const layer = LAYERS[index % LAYERS.length] as LayerName;
    byLayer.get(layer)?.push(JSON.stringify(syntheticFeature(index, layer, random)));
  }
  let bytes = 0;
  for (const [layer, features] of byLayer) {
    const text = `{"type":"FeatureCollection","features":[\n${features.join(",\n")}\n]}\n`;
    writeFileSync(join(directory, `${layer}.geojson`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
