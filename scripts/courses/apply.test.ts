import { readFileSync } from "node:fs";
import type { FeatureCollection, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { repositoryPath } from "../basemap/paths";
import { defaultProjectFiles } from "../project-files";
import { applyCourseUses, courseStretch, partPositions, readCourses } from "./apply";
import { COURSE_USES } from "./course-uses";

const COURSE: Position[] = [
  [0, 0],
  [1, 0],
  [2, 0],
  [3, 0],
];

describe("courseStretch", () => {
  it("copies the vertices between two course vertices, in the order asked", () => {
    expect(courseStretch(COURSE, [1, 0], [3, 0])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(courseStretch(COURSE, [2, 0], [0, 0])).toEqual([
      [2, 0],
      [1, 0],
      [0, 0],
    ]);
  });

  it("refuses an end that is not a vertex of the course", () => {
    expect(() => courseStretch(COURSE, [1.5, 0], [3, 0])).toThrow(/not a vertex/);
  });
});

describe("partPositions", () => {
  it("joins a course stretch and the project's own positions without repeating the junction", () => {
    const courses = new Map([["c", COURSE]]);
    const positions = partPositions(
      [
        { course: "c", from: [0, 0], to: [2, 0] },
        {
          positions: [
            [2, 0],
            [2, 1],
          ],
        },
      ],
      courses,
    );
    expect(positions).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
    ]);
  });
});

describe("committed project geometries", () => {
  const courses = readCourses(
    JSON.parse(readFileSync(repositoryPath("data/courses.geojson"), "utf8")) as FeatureCollection,
  );
  const collections = defaultProjectFiles().map(
    (file) => JSON.parse(readFileSync(file, "utf8")) as FeatureCollection,
  );

  it("equal their course segments (scripts/apply-courses.ts has been run)", () => {
    for (const collection of collections) {
      expect(applyCourseUses(collection, courses, COURSE_USES)).toEqual(collection);
    }
  });

  it("name only courses that exist, and every listed project exists", () => {
    const features = collections.flatMap((collection) => collection.features);
    const ids = features.map((feature) => String(feature.id));
    expect(Object.keys(COURSE_USES).filter((id) => !ids.includes(id))).toEqual([]);
    for (const feature of features) {
      const named = feature.properties?.course as string | string[] | undefined;
      for (const course of named === undefined ? [] : [named].flat()) expect(courses.has(course)).toBe(true);
    }
  });
});
