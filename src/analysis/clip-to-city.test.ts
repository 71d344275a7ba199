import { area } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { COUNTY_SQUARE_KILOMETRES, EQUATOR_COUNTIES, square } from "../../tests/support/equator-counties";
import { clipToCity } from "./clip-to-city";

describe("clipping to the city's land", () => {
  it("cuts a catchment to the union of the counties and keeps its properties", () => {
    // Reaches 0.1° past the city on the west, north and south: only the two counties' land remains.
    const catchment: Feature<Polygon | MultiPolygon, { layer: string }> = {
      type: "Feature",
      properties: { layer: "railway" },
      geometry: { type: "Polygon", coordinates: square(-0.1, -0.1, 0.15, 0.2) },
    };
    const clipped = clipToCity({ type: "FeatureCollection", features: [catchment] }, EQUATOR_COUNTIES);
    expect(clipped.features).toHaveLength(1);
    expect(clipped.features[0]?.properties).toEqual({ layer: "railway" });
    // All of the west county and half of the east one.
    expect(area(clipped.features[0] as Feature) / 1e6).toBeCloseTo(1.5 * COUNTY_SQUARE_KILOMETRES, 1);
  });

  it("drops a catchment wholly beyond the city", () => {
    const beyond: Feature<Polygon, object> = {
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates: square(0.5, 0.5, 0.6, 0.6) },
    };
    expect(clipToCity({ type: "FeatureCollection", features: [beyond] }, EQUATOR_COUNTIES).features).toEqual(
      [],
    );
  });
});
