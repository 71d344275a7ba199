import { describe, expect, it } from "vitest";
import {
  type AirportRecord,
  buildReferencePoints,
  findAirport,
  JIAXING_AIRPORT_NAME,
  readAirports,
} from "./airport";

function record(name: string, longitude: string, latitude: string, country = "CN"): AirportRecord {
  return { ident: "X", name, longitude_deg: longitude, latitude_deg: latitude, iso_country: country };
}

describe("the airport record read by the build script", () => {
  it("is OurAirports' Jiaxing air base, inside Jiaxing north-west of the city centre", () => {
    const [airport] = buildReferencePoints(readAirports());
    if (!airport) throw new Error("no airport point");
    const [longitude, latitude] = airport.geometry.coordinates as [number, number];
    // Within 3 km (about 0.03°) of the Wikipedia coordinate 30.70667 N, 120.68056 E of the same air base.
    expect(Math.abs(longitude - 120.68056)).toBeLessThan(0.03);
    expect(Math.abs(latitude - 30.70667)).toBeLessThan(0.03);
    expect(airport.properties.source).toMatch(/^OurAirports \(/);
  });

  it("rounds the position to 5 decimals", () => {
    const [airport] = buildReferencePoints([record(JIAXING_AIRPORT_NAME, "120.679779", "30.705535")]);
    expect(airport?.geometry.coordinates).toEqual([120.67978, 30.70554]);
  });

  it("refuses a missing, duplicated or unpositioned record instead of guessing", () => {
    expect(() => findAirport([], JIAXING_AIRPORT_NAME)).toThrow(/found 0/);
    const twice = [record(JIAXING_AIRPORT_NAME, "1", "2"), record(JIAXING_AIRPORT_NAME, "1", "2")];
    expect(() => findAirport(twice, JIAXING_AIRPORT_NAME)).toThrow(/found 2/);
    expect(() => findAirport([record(JIAXING_AIRPORT_NAME, "1", "2", "TW")], JIAXING_AIRPORT_NAME)).toThrow();
    expect(() => buildReferencePoints([record(JIAXING_AIRPORT_NAME, "", "x")])).toThrow(/no usable position/);
  });
});
