// The whole basemap build, in memory: file name → GeoJSON text. Kept apart from the file writing so a
// test can check that the committed files are exactly what the sources give.
import type { FeatureCollection } from "geojson";
import { buildReferencePoints, readAirports } from "./airport";
import { NEIGHBOURS } from "./divisions";
import { MAP_BBOX } from "./geometry";
import {
  buildCityOutline,
  buildLand,
  buildNeighbours,
  clipCounties,
  finishCounties,
  landInBox,
} from "./layers";
import { buildNeighbourLabels } from "./neighbour-labels";
import { SUPPLEMENTARY_PLACES } from "./place-names";
import { selectPlaces } from "./places";
import { readDivisions, readGeonamesCities, readLand } from "./sources";
import { invalidAreas } from "./validity";
import { serialiseCollection } from "./write-geojson";

export interface BuiltFile {
  file: string;
  featureCount: number;
  text: string;
}

export function buildBasemapFiles(): BuiltFile[] {
  const landMask = landInBox(readLand());
  const clippedCounties = clipCounties(readDivisions(3), landMask);
  const prefectures = readDivisions(2);
  const cities = readGeonamesCities();
  const collections: Record<string, FeatureCollection> = {
    "land.geojson": buildLand(landMask),
    "neighbours.geojson": buildNeighbours(prefectures, landMask),
    "neighbour-labels.geojson": {
      type: "FeatureCollection",
      features: buildNeighbourLabels(NEIGHBOURS, prefectures, cities),
    },
    "counties.geojson": finishCounties(clippedCounties),
    "city-outline.geojson": buildCityOutline(clippedCounties),
    "places.geojson": {
      type: "FeatureCollection",
      features: selectPlaces(cities, SUPPLEMENTARY_PLACES, MAP_BBOX),
    },
    "reference-points.geojson": { type: "FeatureCollection", features: buildReferencePoints(readAirports()) },
  };
  return Object.entries(collections).map(([file, collection]) => {
    const problems = invalidAreas(collection);
    if (problems.length > 0) throw new Error(`${file}: ${problems.join("; ")}`);
    return { file, featureCount: collection.features.length, text: serialiseCollection(collection) };
  });
}
