// Copies shared courses into project geometries: the pure part of scripts/apply-courses.ts.
import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import type { CoursePiece, CourseUse } from "./course-uses";

export type Courses = ReadonlyMap<string, readonly Position[]>;

function same(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The courses file as id → coordinates; only LineString courses are allowed. */
export function readCourses(collection: FeatureCollection): Courses {
  const courses = new Map<string, readonly Position[]>();
  for (const feature of collection.features) {
    if (feature.geometry.type !== "LineString") throw new Error(`course ${feature.id} is not a LineString`);
    courses.set(String(feature.id), (feature as Feature<LineString>).geometry.coordinates);
  }
  return courses;
}

/**
 * The course's vertices from `from` to `to`, both included, reversed when `to` comes first. The ends
 * must be vertices of the course, so a stretch never starts at an invented point beside it.
 */
export function courseStretch(course: readonly Position[], from: Position, to: Position): Position[] {
  const start = course.findIndex((vertex) => same(vertex, from));
  const end = course.findIndex((vertex) => same(vertex, to));
  if (start < 0 || end < 0) throw new Error(`[${start < 0 ? from : to}] is not a vertex of the course`);
  return start <= end ? course.slice(start, end + 1) : course.slice(end, start + 1).reverse();
}

function piecePositions(piece: CoursePiece, courses: Courses): Position[] {
  if ("positions" in piece) return piece.positions;
  const course = courses.get(piece.course);
  if (!course) throw new Error(`unknown course ${piece.course}`);
  return courseStretch(course, piece.from, piece.to);
}

/** One LineString's positions: the pieces joined, a position shared by two neighbouring pieces kept once. */
export function partPositions(pieces: readonly CoursePiece[], courses: Courses): Position[] {
  const positions: Position[] = [];
  for (const piece of pieces) {
    for (const position of piecePositions(piece, courses)) {
      const previous = positions[positions.length - 1];
      if (!previous || !same(previous, position)) positions.push([...position]);
    }
  }
  return positions;
}

/**
 * The collection with every feature listed in `uses` given its course geometry (a LineString for one
 * part, a MultiLineString for several) and its `course` property; other features are untouched.
 */
export function applyCourseUses(
  collection: FeatureCollection,
  courses: Courses,
  uses: Readonly<Record<string, CourseUse>>,
): FeatureCollection {
  const features = collection.features.map((feature) => {
    const use = uses[String(feature.id)];
    if (!use) return feature;
    const parts = use.parts.map((pieces) => partPositions(pieces, courses));
    const geometry: Feature["geometry"] =
      parts.length === 1
        ? { type: "LineString", coordinates: parts[0] as Position[] }
        : { type: "MultiLineString", coordinates: parts };
    return { ...feature, geometry, properties: { ...feature.properties, course: use.course } };
  });
  return { ...collection, features };
}
