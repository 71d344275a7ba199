// Coordinate rules geojson-validation does not check: every position in the region the plan covers
// (which also catches latitude, longitude written the wrong way round), at most three numbers per
// position, and polygon rings wound by the right-hand rule of RFC 7946 §3.1.6.

import type { Geometry, Position } from "geojson";
import { isClockwise } from "../geo/coordinates";
import { geometryParts } from "../geo/geometry-parts";
import { type Finding, finding } from "./problem";
import { REGION_BOUNDS } from "./project-schema";

const { west, south, east, north } = REGION_BOUNDS;
/** The region in words, for messages. */
export const REGION_TEXT = `longitude ${west}–${east}°E, latitude ${south}–${north}°N`;

/** Expects a geometry geojson-validation has accepted. */
export function checkCoordinates(geometry: Geometry): Finding[] {
  const parts = geometryParts(geometry);
  const positions = [...parts.points, ...parts.lines.flat(), ...parts.polygons.flat(2)];
  if (positions.length === 0) return [finding("geometry", "has no coordinates")];
  return [...checkPositions(positions), ...checkWinding(parts.polygons)];
}

function checkPositions(positions: Position[]): Finding[] {
  const findings: Finding[] = [];
  const outside = positions.filter((position) => !inRegion(position[0], position[1]));
  const first = outside[0];
  if (first) {
    const swapped = outside.every((position) => inRegion(position[1], position[0]));
    const where =
      outside.length === 1
        ? `position ${compact(first)} lies`
        : `${outside.length} positions (the first ${compact(first)}) lie`;
    findings.push(
      finding(
        "geometry",
        swapped
          ? `${where} outside the region (${REGION_TEXT}) but inside it when swapped: latitude and longitude look swapped; GeoJSON order is [longitude, latitude]`
          : `${where} outside the region the plan covers (${REGION_TEXT})`,
      ),
    );
  }
  // data/README.md: at most 5 decimals (≈ 1 m); more claims a precision no source has. Non-blocking:
  // the position is still right, only overstated.
  const overstated = positions.find((position) => position.some((value) => decimals(value) > 5));
  if (overstated) {
    findings.push(
      finding(
        "geometry",
        `position ${compact(overstated)} has more than 5 decimals (about 1 m); round it`,
        false,
      ),
    );
  }
  const long = positions.find((position) => position.length > 3);
  if (long) {
    findings.push(
      finding("geometry", `position ${compact(long)} has ${long.length} numbers; at most 3 are allowed`),
    );
  }
  return findings;
}

function checkWinding(polygons: Position[][][]): Finding[] {
  const findings: Finding[] = [];
  polygons.forEach((polygon, polygonIndex) => {
    polygon.forEach((ring, ringIndex) => {
      // Exterior rings run counterclockwise, holes clockwise (RFC 7946 §3.1.6).
      const exterior = ringIndex === 0;
      if (isClockwise(ring) !== exterior) return;
      const which = polygons.length > 1 ? `polygon ${polygonIndex + 1}, ` : "";
      const ringName = exterior ? "exterior ring" : `hole ${ringIndex}`;
      findings.push(
        finding(
          "geometry",
          `${which}${ringName} is ${exterior ? "clockwise" : "counterclockwise"}; by the right-hand rule (RFC 7946 §3.1.6) ${
            exterior ? "exterior rings run counterclockwise" : "holes run clockwise"
          }: reverse its positions`,
        ),
      );
    });
  });
  return findings;
}

function inRegion(longitude: number | undefined, latitude: number | undefined): boolean {
  if (longitude === undefined || latitude === undefined) return false;
  return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
}

// Counted on the shortest text that reads back to the value (String's), as a reader of the file sees it.
// Called for every coordinate of every project (≈ 20 % of a load's checks at 10,000 projects), so the
// usual case, no exponent, takes no regular expression and no split.
function decimals(value: number): number {
  const text = String(value);
  if (!text.includes("e")) {
    const dot = text.indexOf(".");
    return dot === -1 ? 0 : text.length - dot - 1;
  }
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split("e")[0]?.split(".")[1]?.length ?? 0);
  return text.split(".")[1]?.length ?? 0;
}

function compact(position: Position): string {
  return `[${position.join(", ")}]`;
}
