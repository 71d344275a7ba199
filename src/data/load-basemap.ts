// Loads the embedded basemap. A missing or corrupt file is reported and replaced by an empty layer, so
// the projects, list and details still work on a partial basemap.
import type { FeatureCollection } from "geojson";
import { valid } from "geojson-validation";
import { BASEMAP_SOURCES, type BasemapSourceName } from "./basemap-schema";
import { fetchText } from "./fetch-json";

export interface BasemapProblem {
  file: string;
  message: string;
}

export interface LoadedBasemap {
  collections: Record<BasemapSourceName, FeatureCollection>;
  problems: BasemapProblem[];
}

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

export async function loadBasemap(
  urls: Record<string, string>,
  fetcher: typeof fetch = fetch,
): Promise<LoadedBasemap> {
  const problems: BasemapProblem[] = [];
  const entries = await Promise.all(
    BASEMAP_SOURCES.map(async (name): Promise<[BasemapSourceName, FeatureCollection]> => {
      const file = `${name}.geojson`;
      const url = urls[file];
      if (!url) {
        problems.push({ file, message: "missing from the build" });
        return [name, EMPTY];
      }
      const result = await fetchText(url, fetcher);
      if (!result.ok) {
        problems.push({ file, message: `could not be loaded (${result.detail})` });
        return [name, EMPTY];
      }
      const collection = parseCollection(result.text);
      if (typeof collection === "string") {
        problems.push({ file, message: collection });
        return [name, EMPTY];
      }
      return [name, collection];
    }),
  );
  return {
    collections: Object.fromEntries(entries) as Record<BasemapSourceName, FeatureCollection>,
    problems,
  };
}

// Returns the collection, or why it cannot be used.
export function parseCollection(text: string): FeatureCollection | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return "is not valid JSON";
  }
  const errors = valid(json, true) as string[];
  if (errors.length > 0) return `is not valid GeoJSON (${errors[0]})`;
  if ((json as { type?: string }).type !== "FeatureCollection") return "is not a FeatureCollection";
  return json as FeatureCollection;
}
