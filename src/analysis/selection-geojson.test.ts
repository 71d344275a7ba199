import { describe, expect, it } from "vitest";
import { line, makeProject, point } from "./fixtures/make-project";
import { selectionGeojson } from "./selection-geojson";

describe("the selection GeoJSON", () => {
  it("is a FeatureCollection of the selected projects, unchanged", () => {
    const rail = makeProject(line([0, 0], [1, 1]), { id: "rail" });
    const station = makeProject(point(0, 0), { id: "station" });
    const text = selectionGeojson([{ project: rail, lengthInsideKilometres: 3 }, station]);
    expect(JSON.parse(text)).toEqual({ type: "FeatureCollection", features: [rail, station] });
  });
});
