import { describe, expect, it } from "vitest";
import { EAST, EQUATOR_COUNTIES, square, WEST } from "../../tests/support/equator-counties";
import { line, makeProject } from "../../tests/support/make-project";
import type { CountyCollection } from "../data/basemap-schema";
import { polygonAreaByCounty } from "./polygon-area-by-county";

describe("polygon area by county", () => {
  it("splits a polygon's area between the counties it lies in", () => {
    // x 0.05 → 0.15, y 0.02 → 0.08: each half is 0.05° × 0.06°.
    // R² × Δλ × (sin 0.08° − sin 0.02°) = 6371.0088² × 0.000872665 × 0.00104720 = 37.093 km² each.
    const zone = makeProject(
      { type: "Polygon", coordinates: square(0.05, 0.02, 0.15, 0.08) },
      { id: "zone" },
    );
    const squareKilometres = polygonAreaByCounty([zone], EQUATOR_COUNTIES);
    expect(squareKilometres[WEST]).toBeCloseTo(37.093, 2);
    expect(squareKilometres[EAST]).toBeCloseTo(37.093, 2);
  });

  it("leaves out a county's hole that lies inside the polygon", () => {
    // County: the 0.1° square with a 0.02° hole at (0.04, 0.04). Polygon: (0.03, 0.03)–(0.07, 0.07),
    // no edge crossing the county's. R² × 0.00069813 × (sin 0.07° − sin 0.03°) − 4.9458 = 14.8372 km².
    const holed: CountyCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { adcode: WEST, name_zh: "西", name_en: "West" },
          geometry: {
            type: "Polygon",
            coordinates: [...square(0, 0, 0.1, 0.1), ...square(0.04, 0.04, 0.06, 0.06)],
          },
        },
      ],
    };
    const zone = makeProject(
      { type: "Polygon", coordinates: square(0.03, 0.03, 0.07, 0.07) },
      { id: "zone" },
    );
    expect(polygonAreaByCounty([zone], holed)[WEST]).toBeCloseTo(14.8372, 2);
  });

  it("counts nothing for a polygon beyond the counties, or for a line", () => {
    const beyond = makeProject({ type: "Polygon", coordinates: square(0.3, 0, 0.4, 0.1) }, { id: "beyond" });
    const rail = makeProject(line([0.05, 0.05], [0.15, 0.05]), { id: "rail" });
    expect(polygonAreaByCounty([beyond, rail], EQUATOR_COUNTIES)).toEqual({ [WEST]: 0, [EAST]: 0 });
  });
});
