import type { Feature, FeatureCollection, Point } from "geojson";
import { describe, expect, it } from "vitest";
import { PRECISION_UNCERTAINTY_METRES } from "../data/project-schema";
import { corridorData, zoneTakesBand } from "./corridor-data";

// A square of `side` degrees of longitude and latitude near Jiaxing (about 96 × 111 km per degree).
function square(id: string, precision: string, side: number): Feature {
  const [west, south] = [120.7, 30.7];
  return {
    type: "Feature",
    id,
    properties: { id, precision },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [west, south],
          [west + side, south],
          [west + side, south + side],
          [west, south + side],
          [west, south],
        ],
      ],
    },
  };
}

const site: Feature = {
  type: "Feature",
  id: "site",
  properties: { id: "site", precision: "approximate" },
  geometry: { type: "Point", coordinates: [120.75, 30.75] },
};

const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    site,
    square("small", "schematic", 0.02),
    square("large", "schematic", 0.2),
    square("exact", "exact", 0.2),
  ],
};

describe("corridor data", () => {
  const data = corridorData(collection);
  const byId = new Map(data.features.map((feature) => [feature.properties?.id, feature]));

  it("gives a site a disc as wide as its precision's uncertainty", () => {
    expect(byId.get("site")?.properties?.uncertainty_radius_m).toBe(
      PRECISION_UNCERTAINTY_METRES.approximate / 2,
    );
  });

  it("keeps a band along the edge of a zone wider than the band, and leaves exact zones out", () => {
    expect(byId.get("large")?.geometry.type).toBe("Polygon");
    expect(byId.has("exact")).toBe(false);
  });

  it("draws a zone too small for a band as a disc over the zone and its uncertainty", () => {
    const disc = byId.get("small") as Feature<Point>;
    expect(disc.geometry.type).toBe("Point");
    expect(disc.geometry.coordinates[0]).toBeCloseTo(120.708, 3);
    expect(disc.geometry.coordinates[1]).toBeCloseTo(30.708, 3);
    // About 1.92 × 2.22 km: an equal-area radius of about 1,165 m, plus half of 4,000 m.
    expect(disc.properties?.uncertainty_radius_m).toBeGreaterThan(3100);
    expect(disc.properties?.uncertainty_radius_m).toBeLessThan(3200);
    expect(disc.properties?.zone_disc).toBe(true);
  });

  it("puts the band threshold where the zone's radius equals the band's width", () => {
    expect(zoneTakesBand(Math.PI * 4000 ** 2, "schematic")).toBe(true);
    expect(zoneTakesBand(Math.PI * 3990 ** 2, "schematic")).toBe(false);
    expect(zoneTakesBand(Math.PI * 1500 ** 2, "approximate")).toBe(true);
  });
});
