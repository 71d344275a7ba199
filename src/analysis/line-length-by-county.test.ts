import { describe, expect, it } from "vitest";
import { EAST, EQUATOR_COUNTIES, WEST } from "../../tests/support/equator-counties";
import { line, makeProject, point } from "../../tests/support/make-project";
import { lineLengthByCounty } from "./line-length-by-county";

describe("line length by county", () => {
  it("counts a line in each county it crosses, by its length there", () => {
    // x 0.05 → 0.15 along y = 0.05: 0.05° in each county = 0.05 × 111.19508 = 5.5598 km each.
    const rail = makeProject(line([0.05, 0.05], [0.15, 0.05]), { id: "rail" });
    const kilometres = lineLengthByCounty([rail], EQUATOR_COUNTIES);
    expect(kilometres[WEST]).toBeCloseTo(5.5598, 3);
    expect(kilometres[EAST]).toBeCloseTo(5.5598, 3);
  });

  it("leaves the parts beyond every county uncounted", () => {
    // x −0.05 → 0.25: 0.1° inside each county = 11.1195 km each; the 0.05° at each end count nowhere.
    const rail = makeProject(line([-0.05, 0.05], [0.25, 0.05]), { id: "rail" });
    const kilometres = lineLengthByCounty([rail], EQUATOR_COUNTIES);
    expect(kilometres[WEST]).toBeCloseTo(11.1195, 3);
    expect(kilometres[EAST]).toBeCloseTo(11.1195, 3);
  });

  it("adds up the parts of a multi-line and of several features", () => {
    // Two 0.02° pieces in the west county (2 × 2.2239 km) plus a second feature of 0.03° there (3.3359 km)
    // = 0.07° = 7.7837 km.
    const parts = makeProject(
      {
        type: "MultiLineString",
        coordinates: [
          [
            [0.01, 0.02],
            [0.03, 0.02],
          ],
          [
            [0.01, 0.04],
            [0.03, 0.04],
          ],
        ],
      },
      { id: "parts" },
    );
    const other = makeProject(line([0.05, 0.08], [0.08, 0.08]), { id: "other" });
    expect(lineLengthByCounty([parts, other], EQUATOR_COUNTIES)[WEST]).toBeCloseTo(7.7837, 3);
  });

  it("counts a line along a shared border once, not in both counties", () => {
    // Along x = 0.1 from y 0.02 to 0.08: 0.06° = 6.6717 km, all of it in one county or the other.
    const canal = makeProject(line([0.1, 0.02], [0.1, 0.08]), { id: "canal" });
    const kilometres = lineLengthByCounty([canal], EQUATOR_COUNTIES);
    expect((kilometres[WEST] ?? 0) + (kilometres[EAST] ?? 0)).toBeCloseTo(6.6717, 3);
  });

  it("ignores points", () => {
    const station = makeProject(point(0.05, 0.05), { id: "station" });
    expect(lineLengthByCounty([station], EQUATOR_COUNTIES)).toEqual({ [WEST]: 0, [EAST]: 0 });
  });
});
