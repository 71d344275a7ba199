// Low-level checks on drawn coordinates, shared by the path and polygon validators.
import type { Position } from "geojson";

// A longitude/latitude pair of finite numbers within the globe's ranges, in degrees.
export function isValidPosition(value: unknown): value is Position {
  if (!Array.isArray(value) || value.length < 2) return false;
  const [longitude, latitude] = value;
  return (
    typeof longitude === "number" &&
    typeof latitude === "number" &&
    Number.isFinite(longitude) &&
    Number.isFinite(latitude) &&
    Math.abs(longitude) <= 180 &&
    Math.abs(latitude) <= 90
  );
}

export function samePosition(left: Position, right: Position): boolean {
  return left[0] === right[0] && left[1] === right[1];
}

// Drops a vertex equal to the one before it (a double click while drawing), keeping only lon/lat.
export function withoutRepeats(positions: readonly Position[]): Position[] {
  const kept: Position[] = [];
  for (const position of positions) {
    const previous = kept[kept.length - 1];
    if (!previous || !samePosition(previous, position))
      kept.push([position[0] as number, position[1] as number]);
  }
  return kept;
}

export function distinctCount(positions: readonly Position[]): number {
  return new Set(positions.map((position) => `${position[0]},${position[1]}`)).size;
}

// The geometry inside a Feature, or the value itself when it is already a geometry.
export function geometryOf(input: unknown): { type?: unknown; coordinates?: unknown } | null {
  if (typeof input !== "object" || input === null) return null;
  const candidate = input as { type?: unknown; geometry?: unknown };
  if (candidate.type === "Feature") {
    return typeof candidate.geometry === "object" && candidate.geometry !== null ? candidate.geometry : null;
  }
  return candidate as { type?: unknown; coordinates?: unknown };
}
