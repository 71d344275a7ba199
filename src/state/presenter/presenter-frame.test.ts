import { describe, expect, it } from "vitest";
import type { Bounds } from "../../geo/coordinates";
import { needsLocator, slideFrame, spreadsOverCity } from "./presenter-frame";

const CITY: Bounds = [120.28, 30.21, 121.3, 31.04];

describe("slideFrame", () => {
  it("frames the whole city when the shown projects spread over it, and cuts lines that run beyond", () => {
    const throughLine: Bounds = [120.6, 29.8, 121.1, 32.0];
    expect(slideFrame(throughLine, CITY)).toEqual(CITY);
    expect(needsLocator(throughLine, slideFrame(throughLine, CITY), CITY)).toBe(true);
  });

  it("frames the whole city for projects spread inside it, with no locator", () => {
    const inside: Bounds = [120.3, 30.3, 121.2, 31.0];
    expect(slideFrame(inside, CITY)).toEqual(CITY);
    expect(needsLocator(inside, CITY, CITY)).toBe(false);
  });

  it("frames a cluster in one part of the city as it is", () => {
    const west: Bounds = [120.3, 30.4, 120.6, 30.75];
    expect(spreadsOverCity(west, CITY)).toBe(false);
    expect(slideFrame(west, CITY)).toEqual(west);
  });

  it("shows a highlighted project whole, even where it runs beyond the city", () => {
    const shown: Bounds = [120.3, 30.5, 120.6, 30.7];
    const highlighted: Bounds = [120.5, 30.6, 121.4, 30.8];
    expect(slideFrame(shown, CITY, highlighted)).toEqual([120.3, 30.5, 121.4, 30.8]);
  });

  it("widens a close-up to about 24 km so its surroundings show, centred on it", () => {
    const airport: Bounds = [120.648, 30.68, 120.711, 30.728];
    const frame = slideFrame(airport, CITY);
    const [west, south, east, north] = frame;
    expect((north - south) * 111.2).toBeCloseTo(24, 0);
    expect((east - west) * 111.2 * Math.cos((30.704 * Math.PI) / 180)).toBeCloseTo(24, 0);
    expect((west + east) / 2).toBeCloseTo(120.6795, 4);
    expect(needsLocator(airport, frame, CITY)).toBe(true);
  });

  it("frames projects wholly outside the city as they are", () => {
    const away: Bounds = [121.5, 31.1, 121.9, 31.5];
    expect(slideFrame(away, CITY)).toEqual(away);
  });
});
