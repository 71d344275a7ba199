import { describe, expect, it } from "vitest";
import { EQUATOR_COUNTIES, square } from "../../tests/support/equator-counties";
import { line, makeProject, point } from "../../tests/support/make-project";
import { selectByArea } from "./select-by-area";

// The drawn area: x 0 → 0.1, y 0 → 0.1 (the west county's square).
const area = { type: "Polygon", coordinates: square(0, 0, 0.1, 0.1) };
const crossing = makeProject(line([0.05, 0.05], [0.15, 0.05]), { id: "crossing" });
const inside = makeProject(point(0.05, 0.05), { id: "inside", layer: "innovation" });
const outside = makeProject(point(0.15, 0.05), { id: "outside", layer: "innovation" });
const zone = makeProject({ type: "Polygon", coordinates: square(0.08, 0.02, 0.12, 0.04) }, { id: "zone" });

describe("selecting by area", () => {
  it("returns the projects inside or crossing the area, and no others", () => {
    const result = selectByArea(area, [crossing, inside, outside, zone]);
    expect(result.ok && result.value.map((item) => item.project.id)).toEqual(["crossing", "inside", "zone"]);
  });

  it("gives each line project its length inside the area", () => {
    // x 0.05 → 0.1 lies inside: 0.05° = 5.5598 km.
    const result = selectByArea(area, [crossing, inside]);
    if (!result.ok) throw new Error(result.message_en);
    expect(result.value[0]?.lengthInsideKilometres).toBeCloseTo(5.5598, 3);
    expect(result.value[1]?.lengthInsideKilometres).toBeNull();
  });

  it("accepts a county polygon as the area", () => {
    const result = selectByArea(EQUATOR_COUNTIES.features[1], [crossing, inside, outside]);
    expect(result.ok && result.value.map((item) => item.project.id)).toEqual(["crossing", "outside"]);
  });

  it("selects nothing, with a reason, for an outline that crosses itself", () => {
    const bowTie = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [0.1, 0.1],
          [0.1, 0],
          [0, 0.1],
          [0, 0],
        ],
      ],
    };
    const result = selectByArea(bowTie, [crossing, inside]);
    expect(result.ok ? "accepted" : result.reason).toBe("self-intersecting");
  });
});
