import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { type CourseFollower, describeDivergence, findCourseDivergences } from "./course-divergence";

// 0.01° of latitude is about 1.11 km.
const KILOMETRE_IN_DEGREES = 0.009;

// A north–south line at longitude 120.5 from 30.0 to 30.3 (about 33 km), shifted east by `kilometres`.
function meridian(kilometres: number): Position[] {
  const longitude = 120.5 + (kilometres * KILOMETRE_IN_DEGREES) / Math.cos((30.15 * Math.PI) / 180);
  return [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3].map((step) => [longitude, 30 + step]);
}

function follower(id: string, coordinates: Position[], course: string | string[] = "canal"): CourseFollower {
  return { id, precision: "approximate", course, geometry: { type: "LineString", coordinates } };
}

const COURSES = new Map([
  ["canal", meridian(0)],
  ["railway", meridian(0)],
]);

describe("findCourseDivergences", () => {
  it("warns when two approximate drawings of one course run 2.5 km apart (1.5 km allowed)", () => {
    const found = findCourseDivergences([follower("a", meridian(0)), follower("b", meridian(2.5))], COURSES);
    expect(found).toHaveLength(1);
    expect(found[0]?.ids).toEqual(["a", "b"]);
    expect(found[0]?.metres).toBeGreaterThan(2300);
    expect(found[0]?.metres).toBeLessThan(2700);
    expect(describeDivergence(found[0] as never)).toMatch(
      /^warning: course canal: a and b lie 2\.\d km apart/,
    );
  });

  it("accepts drawings within the allowance, and identical ones", () => {
    expect(findCourseDivergences([follower("a", meridian(0)), follower("b", meridian(1))], COURSES)).toEqual(
      [],
    );
    expect(findCourseDivergences([follower("a", meridian(0)), follower("b", meridian(0))], COURSES)).toEqual(
      [],
    );
  });

  it("uses the looser precision: schematic drawings may lie 2.5 km apart", () => {
    const schematic = { ...follower("b", meridian(2.5)), precision: "schematic" as const };
    expect(findCourseDivergences([follower("a", meridian(0)), schematic], COURSES)).toEqual([]);
  });

  it("ignores projects on different courses", () => {
    const found = findCourseDivergences(
      [follower("a", meridian(0)), follower("b", meridian(2.5), "railway")],
      COURSES,
    );
    expect(found).toEqual([]);
  });

  it("compares projects that share one of several courses", () => {
    const found = findCourseDivergences(
      [follower("a", meridian(0), ["railway", "canal"]), follower("b", meridian(2.5))],
      COURSES,
    );
    expect(found.map((divergence) => divergence.course)).toEqual(["canal"]);
  });

  it("does not warn where a line leaves the shared stretch at an angle", () => {
    const shared = meridian(0).slice(0, 4);
    const branch: Position[] = [...shared, [120.53, 30.16], [120.56, 30.17], [120.59, 30.18]];
    const shortCourse = new Map([["canal", shared]]);
    // Two lines parting ways off the end of the course, side by side 2.5 km apart, are not compared.
    const offEnd = [follower("a", [...shared, [120.6, 30.2]]), follower("b", [...shared, [120.63, 30.2]])];
    expect(findCourseDivergences(offEnd, shortCourse)).toEqual([]);
    expect(findCourseDivergences([follower("a", meridian(0)), follower("b", branch)], COURSES)).toEqual([]);
  });
});
