import type { FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { square } from "../../tests/support/equator-counties";
import { line, makeProject, point } from "../../tests/support/make-project";
import { selectionInArea } from "./select-by-area";
import { selectionGeojson } from "./selection-geojson";

// The area: x 0 → 0.1, y 0 → 0.1. 0.01° = 1.111951 km; the zone's half inside is 0.02° × 0.02°
// = 4.9457 km² (see zone-areas.test.ts).
const area = {
  type: "Feature",
  properties: {},
  geometry: { type: "Polygon", coordinates: square(0, 0, 0.1, 0.1) },
};
const rail = makeProject(line([0.05, 0.05], [0.1, 0.05], [0.15, 0.05]), { id: "rail" });
const station = makeProject(point(0.05, 0.05), { id: "station" });
const zone = makeProject({ type: "Polygon", coordinates: square(0.08, 0.02, 0.12, 0.04) }, { id: "zone" });

function exported(clip: boolean): FeatureCollection {
  const selection = selectionInArea(area, [rail, station, zone]);
  if (!selection.ok) throw new Error(selection.message_en);
  const options = clip ? { clipTo: selection.value.shape } : {};
  return JSON.parse(selectionGeojson(selection.value.projects, options));
}

describe("the selection GeoJSON", () => {
  it("keeps each project's properties and geometry, and adds what lies inside", () => {
    const [railFeature, stationFeature, zoneFeature] = exported(false).features;
    expect(railFeature?.geometry).toEqual(rail.geometry);
    expect(railFeature?.properties).toMatchObject({ ...rail.properties, area_inside_km2: null });
    // x 0.05 → 0.1: 0.05° = 5.560 km.
    expect(railFeature?.properties?.length_inside_km).toBeCloseTo(5.56, 2);
    expect(stationFeature?.properties).toMatchObject({ length_inside_km: null, area_inside_km2: null });
    expect(zoneFeature?.properties?.area_inside_km2).toBeCloseTo(4.946, 2);
  });

  it("clips geometry to the area on request", () => {
    const [railFeature, stationFeature, zoneFeature] = exported(true).features;
    expect(railFeature?.geometry).toEqual({
      type: "MultiLineString",
      coordinates: [
        [
          [0.05, 0.05],
          [0.1, 0.05],
        ],
      ],
    });
    expect(stationFeature?.geometry).toEqual({ type: "MultiPoint", coordinates: [[0.05, 0.05]] });
    const ring = (zoneFeature?.geometry as Polygon | undefined)?.coordinates[0] ?? [];
    expect(Math.max(...ring.map((position) => position[0] as number))).toBeCloseTo(0.1, 9);
  });
});
