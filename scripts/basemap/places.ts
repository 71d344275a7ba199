// Turns GeoNames rows plus the supplementary table into the basemap's place points.
import type { BBox, Feature, Point } from "geojson";
import { COORDINATE_DECIMALS } from "./geometry";
import { GEONAMES_PLACE_NAMES, type PlaceKind, type PlaceName, type SupplementaryPlace } from "./place-names";
import type { GeonamesCity } from "./sources";

export interface PlaceProperties {
  name_zh: string;
  name_en: string;
  kind: PlaceKind;
  rank: number;
  source: string;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function inBox(longitude: number, latitude: number, box: BBox): boolean {
  return longitude >= box[0] && longitude <= box[2] && latitude >= box[1] && latitude <= box[3];
}

function placeFeature(name: PlaceName, longitude: number, latitude: number, source: string): PlaceFeature {
  return {
    type: "Feature",
    properties: { name_zh: name.name_zh, name_en: name.name_en, kind: name.kind, rank: name.rank, source },
    geometry: { type: "Point", coordinates: [round(longitude), round(latitude)] },
  };
}

/**
 * The named Chinese GeoNames places inside `box`, plus the supplementary places, ordered by rank and
 * English name so the output is stable. Throws if a table name matches two GeoNames rows in the box
 * (the name would then be ambiguous) or none (the table would be stale).
 */
export function selectPlaces(
  cities: readonly GeonamesCity[],
  supplementary: readonly SupplementaryPlace[],
  box: BBox,
  names: Readonly<Record<string, PlaceName>> = GEONAMES_PLACE_NAMES,
): PlaceFeature[] {
  const matches = new Map<string, GeonamesCity[]>();
  for (const city of cities) {
    if (city.country !== "CN" || !(city.name in names)) continue;
    if (!inBox(Number(city.lng), Number(city.lat), box)) continue;
    matches.set(city.name, [...(matches.get(city.name) ?? []), city]);
  }
  const features: PlaceFeature[] = [];
  for (const [geonamesName, name] of Object.entries(names)) {
    const rows = matches.get(geonamesName) ?? [];
    if (rows.length !== 1) throw new Error(`GeoNames name ${geonamesName}: ${rows.length} rows in the box`);
    const row = rows[0] as GeonamesCity;
    features.push(placeFeature(name, Number(row.lng), Number(row.lat), "GeoNames"));
  }
  for (const place of supplementary) {
    features.push(placeFeature(place, place.longitude, place.latitude, place.source));
  }
  // Plain code-unit comparison, not localeCompare, so the order cannot depend on the ICU build.
  const byName = (a: PlaceFeature, b: PlaceFeature) =>
    a.properties.name_en < b.properties.name_en ? -1 : a.properties.name_en > b.properties.name_en ? 1 : 0;
  return features.sort((a, b) => a.properties.rank - b.properties.rank || byName(a, b));
}
