// Finds projects that name the same shared course but are drawn apart: the old failure where the canal
// and two projects on it were three guesses about 1 km apart. `npm run validate` prints the result as
// warnings. A heuristic, so it warns rather than fails.
import { bearing, distance, lineString, nearestPointOnLine, point } from "@turf/turf";
import type { Geometry, Position } from "geojson";
import { PRECISION_UNCERTAINTY_METRES, type Precision } from "../../src/data/project-schema";

export interface CourseFollower {
  id: string;
  precision: Precision;
  course: string | string[];
  geometry: Geometry;
}

export interface CourseDivergence {
  course: string;
  ids: [string, string];
  /** How far apart the two drawings are, in metres, at `near` (a vertex of one of them). */
  metres: number;
  allowedMetres: number;
  near: Position;
}

// Two stretches count as running alongside each other when their directions differ by at most this many
// degrees; lines that part ways at a junction meet at a wider angle and are not compared there.
const PARALLEL_DEGREES = 30;

function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === "LineString") return [geometry.coordinates];
  if (geometry.type === "MultiLineString") return geometry.coordinates;
  return [];
}

function coursesOf(follower: CourseFollower): string[] {
  return [follower.course].flat();
}

/** Difference between two undirected line directions, 0–90 degrees. */
function directionDifference(a: number, b: number): number {
  const difference = Math.abs(a - b) % 180;
  return Math.min(difference, 180 - difference);
}

function localBearing(line: Position[], index: number): number {
  const from = line[Math.max(index - 1, 0)] as Position;
  const to = line[Math.min(index + 1, line.length - 1)] as Position;
  return bearing(point(from), point(to));
}

interface Nearest {
  metres: number;
  at: Position;
  /** The direction of the line where the nearest point lies, in degrees. */
  direction: number;
  /** Whether the nearest point is an end of the line (within 1 m): the line stops short of the vertex. */
  atEnd: boolean;
}

function nearestOn(line: Position[], vertex: Position): Nearest {
  const nearest = nearestPointOnLine(lineString(line), point(vertex), { units: "meters" });
  // At the last vertex turf reports the index of that vertex, past the last segment.
  const segment = Math.min(nearest.properties.segmentIndex, line.length - 2);
  const at = nearest.geometry.coordinates;
  const isEnd = (end: Position) => distance(at, end, { units: "meters" }) < 1;
  return {
    metres: nearest.properties.pointDistance,
    at,
    direction: bearing(point(line[segment] as Position), point(line[segment + 1] as Position)),
    atEnd: isEnd(line[0] as Position) || isEnd(line.at(-1) as Position),
  };
}

/** Whether `vertex` lies beside the course, within `withinMetres` of it and not off one of its ends. */
function besideCourse(course: Position[], vertex: Position, withinMetres: number): boolean {
  const nearest = nearestOn(course, vertex);
  return !nearest.atEnd && nearest.metres <= withinMetres;
}

/**
 * The widest gap, in metres, from a vertex of `a` beside the course to the nearest point of `b`, where
 * `b` runs past that vertex, parallel to `a` and itself beside the course.
 */
function widestGap(a: Position[][], b: Position[][], course: Position[], withinMetres: number) {
  let widest = { metres: 0, near: [0, 0] as Position };
  for (const line of a) {
    line.forEach((vertex, index) => {
      if (!besideCourse(course, vertex, withinMetres)) return;
      for (const other of b) {
        if (other.length < 2) continue;
        const nearest = nearestOn(other, vertex);
        if (nearest.atEnd || nearest.metres > withinMetres || nearest.metres <= widest.metres) continue;
        if (directionDifference(localBearing(line, index), nearest.direction) > PARALLEL_DEGREES) continue;
        if (!besideCourse(course, nearest.at, withinMetres)) continue;
        widest = { metres: nearest.metres, near: vertex };
      }
    });
  }
  return widest;
}

/**
 * Pairs of projects naming one course whose drawings run beside the course and each other further apart
 * than the looser of their two precisions allows (PRECISION_UNCERTAINTY_METRES). Only stretches within
 * twice that allowance of the course, and not beyond its ends, are compared: elsewhere the projects have
 * left the course, as lines do after a shared approach.
 */
export function findCourseDivergences(
  followers: readonly CourseFollower[],
  courses: ReadonlyMap<string, readonly Position[]>,
): CourseDivergence[] {
  const found: CourseDivergence[] = [];
  followers.forEach((first, index) => {
    for (const second of followers.slice(index + 1)) {
      const allowedMetres = Math.max(
        PRECISION_UNCERTAINTY_METRES[first.precision],
        PRECISION_UNCERTAINTY_METRES[second.precision],
      );
      const a = linesOf(first.geometry);
      const b = linesOf(second.geometry);
      for (const course of coursesOf(first).filter((id) => coursesOf(second).includes(id))) {
        const line = courses.get(course);
        if (!line || line.length < 2) continue;
        const within = 2 * allowedMetres;
        const gaps = [widestGap(a, b, [...line], within), widestGap(b, a, [...line], within)];
        const widest = (gaps[0]?.metres ?? 0) >= (gaps[1]?.metres ?? 0) ? gaps[0] : gaps[1];
        if (!widest || widest.metres <= allowedMetres) continue;
        found.push({
          course,
          ids: [first.id, second.id],
          metres: widest.metres,
          allowedMetres,
          near: widest.near,
        });
      }
    }
  });
  return found;
}

/** One warning line per divergence, in the validator's "file: id: field: message" spirit. */
export function describeDivergence(found: CourseDivergence): string {
  const kilometres = (metres: number) => (metres / 1000).toFixed(1);
  const [longitude, latitude] = found.near.map((value) => value.toFixed(4));
  return (
    `warning: course ${found.course}: ${found.ids[0]} and ${found.ids[1]} lie ${kilometres(found.metres)} km ` +
    `apart near ${longitude}, ${latitude}; their precision allows ${kilometres(found.allowedMetres)} km`
  );
}
