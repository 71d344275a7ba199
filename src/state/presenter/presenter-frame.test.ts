import { describe, expect, it } from "vitest";
import type { Bounds } from "../../geo/coordinates";
import { needsLocator, slideFrame } from "./presenter-frame";

const CITY: Bounds = [120.28, 30.21, 121.3, 31.04];

describe("slideFrame", () => {
  it("keeps a line that runs to Nantong and Ningbo framed on the city", () => {
    const throughLine: Bounds = [120.6, 29.8, 121.1, 32.0];
    expect(slideFrame(throughLine, CITY)).toEqual([120.6, 30.21, 121.1, 31.04]);
    expect(needsLocator(throughLine, CITY)).toBe(true);
  });

  it("frames projects inside the city as they are, with no locator", () => {
    const inside: Bounds = [120.3, 30.3, 121.2, 31.0];
    expect(slideFrame(inside, CITY)).toEqual(inside);
    expect(needsLocator(inside, CITY)).toBe(false);
  });

  it("widens a close-up to about 24 km so its surroundings show, centred on it", () => {
    const airport: Bounds = [120.648, 30.68, 120.711, 30.728];
    const [west, south, east, north] = slideFrame(airport, CITY);
    expect((north - south) * 111.2).toBeCloseTo(24, 0);
    expect((east - west) * 111.2 * Math.cos((30.704 * Math.PI) / 180)).toBeCloseTo(24, 0);
    expect((west + east) / 2).toBeCloseTo(120.6795, 4);
    expect(needsLocator(airport, CITY)).toBe(true);
  });

  it("frames projects wholly outside the city as they are", () => {
    const away: Bounds = [121.5, 31.1, 121.9, 31.5];
    expect(slideFrame(away, CITY)).toEqual(away);
  });
});
