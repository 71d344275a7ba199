// Builds the search index from the project features and the basemap: one entry per project, county,
// place and facet (layer or pillar), each with its names in both languages, short names, pinyin and
// where it is on the map. Pure: the Vite plugin (vite-plugin-search-index.ts) reads the files and
// ships the result as a chunk the app loads on first use of the search box.
import { pointOnFeature } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { countyLabelPoints } from "../src/data/county-label-points";
import { COUNTY_NAMES, LAYER_NAMES, PILLAR_NAMES } from "../src/data/facets";
import {
  COUNTY_CODES,
  type CountyCode,
  LAYERS,
  PILLARS,
  type ProjectFeature,
} from "../src/data/project-schema";
import { type Bounds, boundsOf } from "../src/geo/coordinates";
import type { SearchEntry, SearchIndex } from "../src/search/search-index-types";
import { namePinyin } from "./name-pinyin";
import { countyAliases, projectAliases } from "./search-aliases";
import { LAYER_WORDS, PILLAR_WORDS } from "./search-facet-words";

export interface SearchIndexSources {
  // Validated project features (the same ones the app shows).
  projects: ProjectFeature[];
  // data/basemap/counties.geojson: adcode, name_zh, name_en on each polygon.
  counties: FeatureCollection;
  // data/basemap/places.geojson: name_zh, name_en on each point.
  places: FeatureCollection;
}

export function buildSearchIndex({ projects, counties, places }: SearchIndexSources): SearchIndex {
  return {
    version: 1,
    entries: [
      ...projects.map(projectEntry),
      ...countyEntries(counties),
      ...placeEntries(places),
      ...facetEntries(projects),
    ],
  };
}

function projectEntry(feature: ProjectFeature): SearchEntry {
  const { id, name_zh, name_en, source_quote } = feature.properties;
  return {
    kind: "project",
    key: id,
    zh: name_zh,
    en: name_en,
    aliases: projectAliases(name_zh, source_quote),
    context: contextWords(feature),
    ...namePinyin(name_zh),
    ...where(feature),
  };
}

// The words of a project's counties (海宁市, 海宁, Haining) and of its layer (铁路与轨道, Railways, 铁路,
// rail…): a query such as "Haining railway" narrows by them.
function contextWords(feature: ProjectFeature): string[] {
  const { layer, counties } = feature.properties;
  const words = counties.flatMap((code) => {
    const names = COUNTY_NAMES[code];
    return names ? [names.zh, names.zh.replace(/[市县区]$/u, ""), names.en] : [];
  });
  const layerNames = LAYER_NAMES[layer];
  if (layerNames) words.push(layerNames.zh, layerNames.en, ...(LAYER_WORDS[layer] ?? []));
  return [...new Set(words)];
}

function countyEntries(counties: FeatureCollection): SearchEntry[] {
  const labels = countyLabelPoints(counties).features;
  return counties.features.flatMap((county, index): SearchEntry[] => {
    const code = text(county.properties?.adcode);
    const zh = text(county.properties?.name_zh);
    const en = text(county.properties?.name_en);
    if (!code || !zh || !en) return [];
    const label = labels.find((point) => point.properties?.adcode === code) ?? labels[index];
    const short = isCountyCode(code) ? COUNTY_NAMES[code].en : "";
    return [
      {
        kind: "county",
        key: code,
        zh,
        en,
        aliases: countyAliases(zh, short, en),
        ...namePinyin(zh),
        center: label ? position(label.geometry.coordinates) : undefined,
        bounds: roundBounds(boundsOf(county.geometry)),
      },
    ];
  });
}

function placeEntries(places: FeatureCollection): SearchEntry[] {
  const keys = new Set<string>();
  return places.features.flatMap((place): SearchEntry[] => {
    const zh = text(place.properties?.name_zh);
    const en = text(place.properties?.name_en);
    if (!zh || !en || place.geometry?.type !== "Point") return [];
    return [
      {
        kind: "place",
        key: uniqueKey(en, keys),
        zh,
        en,
        aliases: [],
        ...namePinyin(zh),
        center: position(place.geometry.coordinates),
        bounds: roundBounds(boundsOf(place.geometry)),
      },
    ];
  });
}

// Only the layers and pillars some project belongs to: a facet that selects nothing is a dead end.
function facetEntries(projects: ProjectFeature[]): SearchEntry[] {
  const layers = new Set(projects.map((project) => project.properties.layer));
  const pillars = new Set(projects.map((project) => project.properties.pillar));
  const facet = (key: string, names: { zh: string; en: string }, words: string[]): SearchEntry => ({
    kind: "facet",
    key,
    zh: names.zh,
    en: names.en,
    aliases: words,
    ...namePinyin(names.zh),
  });
  return [
    ...LAYERS.filter((layer) => layers.has(layer)).map((layer) =>
      facet(`layer:${layer}`, LAYER_NAMES[layer], LAYER_WORDS[layer]),
    ),
    ...PILLARS.filter((pillar) => pillars.has(pillar)).map((pillar) =>
      facet(`pillar:${pillar}`, PILLAR_NAMES[pillar], PILLAR_WORDS[pillar]),
    ),
  ];
}

function where(feature: Feature<Geometry>): Pick<SearchEntry, "center" | "bounds"> {
  const bounds = boundsOf(feature.geometry);
  if (!bounds.every(Number.isFinite)) return {};
  // A point on the feature itself: the middle of a curved line's extent can lie far off the line.
  const center =
    feature.geometry.type === "Point"
      ? feature.geometry.coordinates
      : pointOnFeature(feature).geometry.coordinates;
  return { center: position(center), bounds: roundBounds(bounds) };
}

const round = (value: number) => Math.round(value * 1e5) / 1e5; // 5 decimals ≈ 1 m, as in the data

function position(coordinates: number[]): [number, number] {
  return [round(coordinates[0] ?? 0), round(coordinates[1] ?? 0)];
}

function roundBounds(bounds: Bounds): Bounds {
  return [round(bounds[0]), round(bounds[1]), round(bounds[2]), round(bounds[3])];
}

/** A place id from its English name (Zhujiajiao → zhujiajiao), numbered when two places share one. */
function uniqueKey(nameEn: string, taken: Set<string>): string {
  const base =
    nameEn
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "place";
  let key = base;
  for (let number = 2; taken.has(key); number += 1) key = `${base}-${number}`;
  taken.add(key);
  return key;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function isCountyCode(code: string): code is CountyCode {
  return (COUNTY_CODES as readonly string[]).includes(code);
}
