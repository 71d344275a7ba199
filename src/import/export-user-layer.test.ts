import type { FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { exportUserLayer } from "./export-user-layer";

// Along the equator one degree is 111.19508 km on turf's sphere (R = 6371.0088 km).
const DEGREE_KILOMETRES = 111.19508;

const layer: { features: FeatureCollection } = {
  features: {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { name: "p" },
        geometry: { type: "Point", coordinates: [120.123456789, 30.987654321] },
      },
      {
        type: "Feature",
        properties: { name: "l" },
        geometry: {
          type: "LineString",
          coordinates: [
            [0, 0],
            [0.1, 0],
          ],
        },
      },
      {
        type: "Feature",
        properties: { name: "a" },
        // Clockwise on purpose: the export must turn the outer ring anticlockwise (RFC 7946 3.1.6).
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [0, 0],
              [0, 0.1],
              [0.1, 0.1],
              [0.1, 0],
              [0, 0],
            ],
          ],
        },
      },
    ],
  },
};

describe("exportUserLayer", () => {
  const exported = JSON.parse(exportUserLayer(layer)) as FeatureCollection;

  it("rounds positions to 6 decimals", () => {
    expect(exported.features[0]?.geometry).toEqual({ type: "Point", coordinates: [120.123457, 30.987654] });
  });

  it("adds length_km to lines and area_km2 to polygons", () => {
    expect(exported.features[1]?.properties?.length_km).toBeCloseTo(0.1 * DEGREE_KILOMETRES, 2);
    expect(exported.features[2]?.properties?.area_km2).toBeCloseTo(123.6434, 1);
    expect(exported.features[0]?.properties).toEqual({ name: "p" });
  });

  it("winds polygon outer rings anticlockwise", () => {
    const polygon = exported.features[2]?.geometry as Polygon | undefined;
    const ring = polygon?.coordinates[0] ?? [];
    let twiceSignedArea = 0;
    for (let index = 0; index + 1 < ring.length; index++) {
      const [x1, y1] = ring[index] as number[];
      const [x2, y2] = ring[index + 1] as number[];
      twiceSignedArea += (x1 as number) * (y2 as number) - (x2 as number) * (y1 as number);
    }
    expect(twiceSignedArea).toBeGreaterThan(0);
  });

  it("leaves the layer it was given unchanged", () => {
    expect(layer.features.features[0]?.geometry).toEqual({
      type: "Point",
      coordinates: [120.123456789, 30.987654321],
    });
  });
});
