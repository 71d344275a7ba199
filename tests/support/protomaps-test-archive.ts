// A small PMTiles archive in the Protomaps basemap schema around 嘉兴南站, for tests and screenshots: the
// repository cannot ship OpenStreetMap data. Land is the embedded basemap's own (Natural Earth), the
// towns are its places (GeoNames) and the station stands where the project data puts it; the roads,
// water, buildings and park are INVENTED, named 测试… / "Test …" so no one takes them for the real city.
// Properties are those @protomaps/basemaps filters and labels on (kind, kind_detail, min_zoom, name,
// name:en, name:zh-Hans, script, population_rank).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { bboxPolygon, difference, featureCollection } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
import type { Bounds } from "../../src/geo/coordinates";
import { type TileToWrite, writePmtiles } from "./pmtiles-writer";
import { vectorTilePyramid } from "./vector-tile-pyramid";

const ROOT = resolve(import.meta.dirname, "../..");
const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(ROOT, path), "utf8")) as T;

// The extract box the README's `pmtiles extract` command cuts (degrees): all of Jiaxing.
export const ARCHIVE_BOUNDS: Bounds = [120.2, 30.2, 121.4, 31.1];
// Tiles past zoom 12 only here, around the station (≈ 8 × 8 km), to keep the archive small.
export const DETAIL_BOUNDS: Bounds = [120.75, 30.67, 120.84, 30.74];
export const ARCHIVE_MAX_ZOOM = 15;
const DETAIL_FROM_ZOOM = 13;

// 嘉兴南站 as the project data places it (the station expansion project's point).
export const STATION: Position = (() => {
  const railway = readJson<FeatureCollection>("data/projects/railway.geojson");
  const station = railway.features.find(
    (feature) => feature.properties?.id === "jiaxing-south-station-expansion",
  );
  if (station?.geometry.type !== "Point") throw new Error("railway.geojson: the station's point is missing");
  return station.geometry.coordinates;
})();

export const STATION_NAMES = { zh: "嘉兴南站", en: "Jiaxing South Railway Station" };

const named = (zh: string, en: string) => ({ name: zh, "name:zh-Hans": zh, "name:en": en, script: "Han" });

function line(coordinates: Position[], properties: Record<string, unknown>): Feature {
  return { type: "Feature", properties, geometry: { type: "LineString", coordinates } };
}

function box([west, south, east, north]: Bounds, properties: Record<string, unknown>): Feature<Polygon> {
  return {
    type: "Feature",
    properties,
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
}

// Degrees per kilometre at the station's latitude.
const KM_LON = 1 / (111.32 * Math.cos(((STATION[1] as number) * Math.PI) / 180));
const KM_LAT = 1 / 110.57;
const at = (eastKm: number, northKm: number): Position => [
  (STATION[0] as number) + eastKm * KM_LON,
  (STATION[1] as number) + northKm * KM_LAT,
];

// The streets lie on a grid of GRID km around the station: named avenues (east–west) and roads
// (north–south) on some of its lines, residential streets on the others, houses and a lake inside cells.
const GRID = 0.4;
const AVENUES = [-2.0, -0.8, 1.2, 2.4]; // km north of the station
const ROADS = [-2.0, -0.8, 0.8, 2.0]; // km east of the station

function roads(): Feature[] {
  const features: Feature[] = [
    line([at(-12, 3.2), at(12, 3.2)], {
      kind: "highway",
      kind_detail: "motorway",
      min_zoom: 6,
      ...named("测试高速", "Test Expressway"),
    }),
    line([at(-10, -0.3), at(10, 0.5)], { kind: "rail", kind_detail: "rail", min_zoom: 8 }),
  ];
  for (const [index, north] of AVENUES.entries())
    features.push(
      line([at(-6, north), at(6, north)], {
        kind: "major_road",
        kind_detail: "primary",
        min_zoom: 9,
        ...named(`测试大道${"一二三四"[index]}`, `Test Avenue ${index + 1}`),
      }),
    );
  for (const [index, east] of ROADS.entries())
    features.push(
      line([at(east, -4), at(east, 4)], {
        kind: "major_road",
        kind_detail: "secondary",
        min_zoom: 10,
        ...named(`测试路${"甲乙丙丁"[index]}`, `Test Road ${"ABCD"[index]}`),
      }),
    );
  const taken = (lines: number[], km: number) => km === 0 || lines.some((line) => Math.abs(line - km) < 0.01);
  for (let step = -9; step <= 9; step += 1) {
    const place = Math.round(step * GRID * 10) / 10;
    const residential = { kind: "minor_road", kind_detail: "residential", min_zoom: 13 };
    if (!taken(AVENUES, place)) features.push(line([at(-3.6, place), at(3.6, place)], residential));
    if (!taken(ROADS, place)) features.push(line([at(place, -3.6), at(place, 3.6)], residential));
  }
  return features;
}

function buildings(): Feature[] {
  const features: Feature[] = [
    box([...at(-0.25, 0.1), ...at(0.25, 0.25)] as Bounds, { kind: "building", height: 24 }),
  ];
  // Blocks of nine houses, each filling a grid cell (south-west corners in km), around the station.
  for (const [cellEast, cellNorth] of [
    [0.4, 0.4],
    [0.8, 0.4],
    [0.4, 0.8],
    [-0.8, -0.8],
    [-0.4, -0.8],
    [-0.8, -1.2],
  ] as const) {
    for (let row = 0; row < 3; row += 1)
      for (let column = 0; column < 3; column += 1) {
        const west = cellEast + 0.06 + column * 0.1;
        const south = cellNorth + 0.06 + row * 0.1;
        features.push(
          box([...at(west, south), ...at(west + 0.07, south + 0.06)] as Bounds, {
            kind: "building",
            height: 12,
          }),
        );
      }
  }
  return features;
}

function water(): Feature[] {
  const land = readJson<FeatureCollection<MultiPolygon>>("data/basemap/land.geojson");
  const pieces: Feature<Polygon | MultiPolygon>[] = [bboxPolygon(ARCHIVE_BOUNDS), ...land.features];
  const ocean = difference(featureCollection(pieces));
  return [
    ...(ocean ? [{ ...ocean, properties: { kind: "ocean", min_zoom: 0 } }] : []),
    box([...at(0.45, -0.75), ...at(0.75, -0.45)] as Bounds, {
      kind: "lake",
      min_zoom: 11,
      ...named("测试湖", "Test Lake"),
    }),
    line([at(-5, -3.2), at(-2, -2.8), at(0.5, -3.3), at(5, -2.9)], {
      kind: "river",
      min_zoom: 9,
      ...named("测试河", "Test River"),
    }),
  ];
}

function places(): Feature[] {
  const towns = readJson<FeatureCollection<Point>>("data/basemap/places.geojson");
  return towns.features.map((town) => {
    const county = town.properties?.kind !== "town";
    return {
      ...town,
      properties: {
        kind: "locality",
        kind_detail: county ? "city" : "town",
        min_zoom: county ? 7 : 10,
        population_rank: county ? 9 : 6,
        ...named(String(town.properties?.name_zh), String(town.properties?.name_en)),
      },
    };
  });
}

export interface TestArchiveOptions {
  bounds?: Bounds; // the header's bounds (another region: a test of "outside the region")
  tileType?: number; // 2 PNG: a test of "not vector tiles"
  vectorLayers?: string[]; // the metadata's layer list (another schema)
}

export const PROTOMAPS_LAYERS = ["earth", "water", "roads", "buildings", "places", "pois", "landuse"];

let cachedTiles: TileToWrite[] | undefined;

// The vector tiles (≈ 400, about a second to cut), made once per test run; variants share them.
function testTiles(): TileToWrite[] {
  if (cachedTiles) return cachedTiles;
  const layers: Record<string, FeatureCollection> = {
    earth: readJson<FeatureCollection>("data/basemap/land.geojson"),
    water: featureCollection(water()) as FeatureCollection,
    roads: featureCollection(roads()) as FeatureCollection,
    buildings: featureCollection(buildings()) as FeatureCollection,
    places: featureCollection(places()) as FeatureCollection,
    pois: featureCollection([
      {
        type: "Feature",
        properties: { kind: "station", min_zoom: 12, ...named(STATION_NAMES.zh, STATION_NAMES.en) },
        geometry: { type: "Point", coordinates: STATION },
      },
    ]) as FeatureCollection,
    landuse: featureCollection([
      box([...at(-2.6, 1.4), ...at(-1.7, 2.0)] as Bounds, {
        kind: "park",
        min_zoom: 11,
        ...named("测试公园", "Test Park"),
      }),
    ]) as FeatureCollection,
  };
  for (const feature of layers.earth?.features ?? []) feature.properties = { kind: "earth", min_zoom: 0 };
  cachedTiles = vectorTilePyramid(layers, {
    minZoom: 0,
    maxZoom: ARCHIVE_MAX_ZOOM,
    boxAt: (zoom) => (zoom < DETAIL_FROM_ZOOM ? ARCHIVE_BOUNDS : DETAIL_BOUNDS),
    layerMinZoom: { buildings: 13, pois: 12, landuse: 11 },
  });
  return cachedTiles;
}

/** The test archive, or a variant of it (another region, tile type or schema) with the same tiles. */
export function protomapsTestArchive(options: TestArchiveOptions = {}): Uint8Array {
  const tiles = testTiles();
  const archive = writePmtiles({
    tiles,
    bounds: options.bounds ?? ARCHIVE_BOUNDS,
    center: [STATION[0] as number, STATION[1] as number, 12],
    tileType: options.tileType,
    metadata: {
      name: "Jiaxing test extract (Protomaps schema)",
      description:
        "For tests only: real land, towns and station position; invented roads, water and buildings",
      attribution: "Test data; land © Natural Earth, towns © GeoNames",
      type: "baselayer",
      vector_layers: (options.vectorLayers ?? PROTOMAPS_LAYERS).map((id) => ({ id, fields: {} })),
    },
  });
  return archive;
}
