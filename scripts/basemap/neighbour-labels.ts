// One label point per neighbouring prefecture, at its seat's GeoNames position, so the map names each
// neighbour once instead of once per polygon part (Ningbo and Zhoushan have dozens of islands).
import { booleanPointInPolygon, point } from "@turf/turf";
import type { Feature, Point } from "geojson";
import { type DivisionName, findDivision, NEIGHBOUR_SEATS } from "./divisions";
import { COORDINATE_DECIMALS } from "./geometry";
import type { DivisionFeature, GeonamesCity } from "./sources";

export type NeighbourLabel = Feature<Point, DivisionName & { source: string }>;

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/**
 * For each neighbour, the one Chinese GeoNames row named as its seat that lies inside its (unclipped)
 * polygon; the polygon tells apart same-named cities (苏州 Suzhou and 宿州 Suzhou, Anhui). Throws when a
 * seat is missing from the table or matches no row or several.
 */
export function buildNeighbourLabels(
  neighbours: readonly DivisionName[],
  level2: readonly DivisionFeature[],
  cities: readonly GeonamesCity[],
  seats: Readonly<Record<string, string>> = NEIGHBOUR_SEATS,
): NeighbourLabel[] {
  return neighbours.map((neighbour) => {
    const seat = seats[neighbour.adcode];
    if (seat === undefined) throw new Error(`no seat named for neighbour ${neighbour.adcode}`);
    const area = findDivision(level2, neighbour);
    const rows = cities.filter(
      (city) =>
        city.country === "CN" &&
        city.name === seat &&
        booleanPointInPolygon(point([Number(city.lng), Number(city.lat)]), area),
    );
    if (rows.length !== 1) throw new Error(`seat ${seat} of ${neighbour.adcode}: ${rows.length} rows inside`);
    const row = rows[0] as GeonamesCity;
    return {
      type: "Feature",
      id: neighbour.adcode,
      properties: { ...neighbour, source: "GeoNames" },
      geometry: { type: "Point", coordinates: [round(Number(row.lng)), round(Number(row.lat))] },
    };
  });
}
