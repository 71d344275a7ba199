import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { shippedProjectFeatures } from "../../tests/support/shipped-data";
import { labelledProjects, sharedPlaces } from "./label-places";

describe("names that share a place", () => {
  it("groups anchors within 300 m and ranks them in order, leaving lone names unmarked", () => {
    const ranks = sharedPlaces([
      { id: "airport", position: [120.68, 30.706] },
      { id: "logistics-hub", position: [120.68, 30.706] },
      { id: "works", position: [120.681, 30.7075] }, // about 190 m away
      { id: "town", position: [120.7, 30.706] }, // about 1.9 km away
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ airport: 0, "logistics-hub": 1, works: 2 });
  });

  it("marks the airport, its logistics hub and its peripheral works as one place, the airport named first", () => {
    const projects = { type: "FeatureCollection", features: shippedProjectFeatures() } as FeatureCollection;
    const { projects: marked, zoneLabels } = labelledProjects(projects);
    const label = (id: string) =>
      marked.features.find((feature) => feature.properties?.id === id)?.properties;
    expect(label("jiaxing-military-civil-airport")).toMatchObject({ label_shared: true, label_rank: 0 });
    expect(label("global-aviation-logistics-hub")).toMatchObject({ label_shared: true, label_rank: 1 });
    expect(
      zoneLabels.features.find((feature) => feature.properties?.id === "jiaxing-airport-peripheral-works")
        ?.properties,
    ).toMatchObject({ label_shared: true, label_rank: 2 });
    // A project alone at its place keeps every side to put its name on.
    const lone = marked.features.filter((feature) => feature.properties?.label_shared === false);
    expect(lone.length).toBeGreaterThan(30);
    expect(labelledProjects(projects)).toBe(labelledProjects(projects));
  });
});
