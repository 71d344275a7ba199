// Checks a geometry from a user's file before it reaches the map: the first thing wrong with it, as a
// problem code and values, or null when it is sound. Positions must be finite longitude/latitude in
// range, lines need two positions, polygon rings four and must end where they start (RFC 7946 3.1.6).
import type { Geometry, Position } from "geojson";
import type { MessageValues } from "./import-types";

export interface GeometryFault {
  code: string;
  values: MessageValues;
}

const MINUS = "\u2212";
// GeometryCollections inside GeometryCollections, at most (RFC 7946 3.1.8: implementations SHOULD avoid
// nesting them at all). Deeper, the feature is left out with this reason instead of every later step
// recursing into it: a collection nested 1,000 deep ran the worker out of stack.
export const MAX_COLLECTION_DEPTH = 4;

export function checkGeometry(geometry: unknown, depth = 0): GeometryFault | null {
  if (geometry === null || geometry === undefined) return { code: "no-geometry", values: {} };
  if (typeof geometry !== "object") return invalid(typeof geometry);
  const candidate = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  const coordinates = candidate.coordinates;
  switch (candidate.type) {
    case "Point":
      return checkPosition(coordinates);
    case "MultiPoint":
    case "LineString":
      if (!Array.isArray(coordinates)) return invalid(candidate.type);
      if (candidate.type === "LineString" && coordinates.length < 2)
        return { code: "line-too-short", values: {} };
      return firstFault(coordinates, checkPosition);
    case "MultiLineString":
      if (!Array.isArray(coordinates)) return invalid(candidate.type);
      return firstFault(coordinates, (line) =>
        checkGeometry({ type: "LineString", coordinates: line } as Geometry),
      );
    case "Polygon":
      if (!Array.isArray(coordinates) || coordinates.length === 0) return invalid(candidate.type);
      return firstFault(coordinates, checkRing);
    case "MultiPolygon":
      if (!Array.isArray(coordinates) || coordinates.length === 0) return invalid(candidate.type);
      return firstFault(coordinates, (polygon) =>
        checkGeometry({ type: "Polygon", coordinates: polygon } as Geometry),
      );
    case "GeometryCollection":
      if (!Array.isArray(candidate.geometries) || candidate.geometries.length === 0)
        return invalid(candidate.type);
      if (depth >= MAX_COLLECTION_DEPTH)
        return { code: "collection-too-deep", values: { limit: MAX_COLLECTION_DEPTH } };
      return firstFault(candidate.geometries, (part) => checkGeometry(part, depth + 1));
    default:
      return invalid(String(candidate.type));
  }
}

function checkRing(ring: unknown): GeometryFault | null {
  if (!Array.isArray(ring)) return invalid("Polygon");
  const fault = firstFault(ring, checkPosition);
  if (fault) return fault;
  if (ring.length < 4) return { code: "ring-too-short", values: {} };
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return { code: "ring-not-closed", values: {} };
  return null;
}

function checkPosition(position: unknown): GeometryFault | null {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3)
    return { code: "invalid-position", values: {} };
  if (!position.every((value) => typeof value === "number" && Number.isFinite(value)))
    return { code: "invalid-position", values: {} };
  return (
    checkRange("longitude", position[0] as number, 180) ?? checkRange("latitude", position[1] as number, 90)
  );
}

// A longitude or latitude within ±limit degrees, or the out-of-range problem for it.
export function checkRange(
  field: "longitude" | "latitude",
  value: number,
  limit: number,
): GeometryFault | null {
  if (value >= -limit && value <= limit) return null;
  return { code: "out-of-range", values: { field, value, min: `${MINUS}${limit}`, max: String(limit) } };
}

function firstFault(items: readonly unknown[], check: (item: unknown) => GeometryFault | null) {
  for (const item of items) {
    const fault = check(item);
    if (fault) return fault;
  }
  return null;
}

function invalid(type: string): GeometryFault {
  return { code: "invalid-geometry", values: { type } };
}
