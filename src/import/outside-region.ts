// The first position of a geometry outside the map's region, or null. Such positions are kept (a
// planner may compare with a neighbouring city) but flagged, since most are swapped or mistyped.
import type { Geometry, Position } from "geojson";
import { REGION_BOUNDS } from "../data/project-schema";
import { mapPositions } from "./convert-coordinates";

export function firstOutsideRegion(geometry: Geometry): Position | null {
  let found: Position | null = null;
  mapPositions(geometry, (position) => {
    if (!found && !insideRegion(position[0] as number, position[1] as number)) found = position;
    return position;
  });
  return found;
}

export function insideRegion(longitude: number, latitude: number): boolean {
  return (
    longitude >= REGION_BOUNDS.west &&
    longitude <= REGION_BOUNDS.east &&
    latitude >= REGION_BOUNDS.south &&
    latitude <= REGION_BOUNDS.north
  );
}
