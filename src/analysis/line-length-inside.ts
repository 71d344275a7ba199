// Kilometres of lines inside a prepared polygon. Each segment is split where it crosses the boundary,
// each piece is kept or dropped by whether its midpoint is inside, and the kept pieces are measured
// geodesically with turf length. A line running along a boundary shared by two counties is counted
// in exactly one of them (see containsPoint), never twice.
import { length, multiLineString } from "@turf/turf";
import type { Position } from "geojson";
import { containsPoint, type PreparedPolygon, segmentCrossings } from "./prepared-polygon";

export function lengthInsideKilometres(lines: Position[][], prepared: PreparedPolygon): number {
  const pieces = piecesInside(lines, prepared);
  if (pieces.length === 0) return 0;
  return length(multiLineString(pieces), { units: "kilometers" });
}

export function piecesInside(lines: Position[][], prepared: PreparedPolygon): Position[][] {
  const pieces: Position[][] = [];
  for (const line of lines) {
    for (let index = 0; index + 1 < line.length; index++) {
      const a = line[index] as Position;
      const b = line[index + 1] as Position;
      const fractions = [0, ...segmentCrossings(prepared, a, b), 1].sort((left, right) => left - right);
      for (let piece = 0; piece + 1 < fractions.length; piece++) {
        const start = fractions[piece] as number;
        const end = fractions[piece + 1] as number;
        if (end <= start) continue;
        const middle = pointAt(a, b, (start + end) / 2);
        if (containsPoint(prepared, middle[0] as number, middle[1] as number)) {
          pieces.push([pointAt(a, b, start), pointAt(a, b, end)]);
        }
      }
    }
  }
  return pieces;
}

function pointAt(a: Position, b: Position, fraction: number): Position {
  const ax = a[0] as number;
  const ay = a[1] as number;
  return [ax + ((b[0] as number) - ax) * fraction, ay + ((b[1] as number) - ay) * fraction];
}
