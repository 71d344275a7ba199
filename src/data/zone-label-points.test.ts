import { describe, expect, it } from "vitest";
import { zoneLabelPoints } from "./zone-label-points";

describe("zone label points", () => {
  it("gives each zone one point inside it with its properties, and skips lines and points", () => {
    // An L-shaped zone whose centre of mass falls outside it.
    const l = [
      [
        [0, 0],
        [3, 0],
        [3, 0.5],
        [0.5, 0.5],
        [0.5, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const points = zoneLabelPoints({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Polygon", coordinates: l },
          properties: { id: "zone", name_zh: "高铁新城" },
        },
        {
          type: "Feature",
          geometry: {
            type: "LineString",
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: { id: "line" },
        },
        { type: "Feature", geometry: { type: "Point", coordinates: [0, 0] }, properties: { id: "point" } },
      ],
    });
    expect(points.features).toHaveLength(1);
    expect(points.features[0]?.properties).toEqual({ id: "zone", name_zh: "高铁新城" });
    const [x = Number.NaN, y = Number.NaN] = points.features[0]?.geometry.coordinates ?? [];
    const inside = (x <= 3 && y <= 0.5) || (x <= 0.5 && y <= 3);
    expect(inside).toBe(true);
  });
});
