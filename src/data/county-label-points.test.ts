import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { countyLabelPoints } from "./county-label-points";

// A U shape 3 × 3 units with a 1 × 2 notch from the top: its centre of mass falls in the notch.
const crescent: Feature<Polygon> = {
  type: "Feature",
  properties: { adcode: "330402", name_zh: "南湖区", name_en: "Nanhu" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 0.4],
        [1, 0.4],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ],
  },
};

describe("countyLabelPoints", () => {
  it("gives one point per county carrying its names", () => {
    const points = countyLabelPoints({ type: "FeatureCollection", features: [crescent] });
    expect(points.features).toHaveLength(1);
    expect(points.features[0]?.properties).toEqual(crescent.properties);
  });

  it("puts the point inside a county whose centre of mass lies outside it", () => {
    const collection: FeatureCollection = { type: "FeatureCollection", features: [crescent] };
    const point = countyLabelPoints(collection).features[0];
    expect(point && booleanPointInPolygon(point, crescent)).toBe(true);
  });
});
