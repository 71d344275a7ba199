import { describe, expect, it } from "vitest";
import type { DivisionName } from "./divisions";
import { buildNeighbourLabels } from "./neighbour-labels";
import type { DivisionFeature, GeonamesCity } from "./sources";

const SUZHOU: DivisionName = { adcode: "320500", name_zh: "苏州市", name_en: "Suzhou" };

// A 1° square around Suzhou (Jiangsu), standing in for the prefecture polygon.
const SUZHOU_AREA: DivisionFeature = {
  type: "Feature",
  properties: { full_name: "苏州市", gb: "156320500" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [120, 31],
        [121, 31],
        [121, 32],
        [120, 32],
        [120, 31],
      ],
    ],
  },
};

function city(name: string, longitude: number, latitude: number): GeonamesCity {
  return { name, lat: String(latitude), lng: String(longitude), country: "CN", admin1: "04", admin2: "" };
}

describe("buildNeighbourLabels", () => {
  it("gives one point per neighbour, at the seat inside its polygon, not a same-named city elsewhere", () => {
    const cities = [city("Suzhou", 116.97889, 33.63611), city("Suzhou", 120.59538, 31.30408)];
    const labels = buildNeighbourLabels([SUZHOU], [SUZHOU_AREA], cities, { "320500": "Suzhou" });
    expect(labels).toHaveLength(1);
    expect(labels[0]?.geometry.coordinates).toEqual([120.59538, 31.30408]);
    expect(labels[0]?.properties).toMatchObject({ adcode: "320500", name_zh: "苏州市", name_en: "Suzhou" });
  });

  it("refuses a neighbour whose seat is unnamed or not found inside it", () => {
    expect(() => buildNeighbourLabels([SUZHOU], [SUZHOU_AREA], [], {})).toThrow(/no seat/);
    expect(() =>
      buildNeighbourLabels([SUZHOU], [SUZHOU_AREA], [city("Suzhou", 116.9, 33.6)], { "320500": "Suzhou" }),
    ).toThrow(/0 rows/);
  });
});
