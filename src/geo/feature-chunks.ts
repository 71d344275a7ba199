// Splits a long list of features into runs of at most `maxPositions` positions, in order, so a big
// layer crosses between threads (the import worker to the page, the page to MapLibre's worker) as
// many small messages: each is copied in a task of its own, and the page answers input in between,
// where one message of 1,000,000 positions held it for seconds (issue 32, R4). A feature larger than
// the limit travels alone.
import type { Feature, Geometry } from "geojson";

// ≈ 10–20 ms of structured cloning on a slow core; small enough that no copy is a long task.
export const CHUNK_POSITIONS = 20_000;

export function positionCount(geometry: Geometry | null | undefined): number {
  if (!geometry) return 0;
  if (geometry.type === "GeometryCollection")
    return geometry.geometries.reduce((sum, part) => sum + positionCount(part), 0);
  return countIn(geometry.coordinates);
}

function countIn(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === "number") return 1;
  let sum = 0;
  for (const item of coordinates) sum += countIn(item);
  return sum;
}

/** Whether the features hold more than `limit` positions; stops counting as soon as they do. */
export function morePositionsThan(features: readonly Feature[], limit: number): boolean {
  let positions = 0;
  for (const feature of features) {
    positions += positionCount(feature.geometry);
    if (positions > limit) return true;
  }
  return false;
}

export function chunkFeatures<F extends Feature>(
  features: readonly F[],
  maxPositions = CHUNK_POSITIONS,
): F[][] {
  const chunks: F[][] = [];
  let current: F[] = [];
  let positions = 0;
  for (const feature of features) {
    const size = Math.max(1, positionCount(feature.geometry));
    if (current.length > 0 && positions + size > maxPositions) {
      chunks.push(current);
      current = [];
      positions = 0;
    }
    current.push(feature);
    positions += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
