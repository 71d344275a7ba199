// A point on a geometry to hang a label or tooltip on: the middle vertex of a line (its bounding-box
// centre may lie far off a curved course), the centre of a zone's extent, the point itself.
import type { Geometry, Position } from "geojson";
import { boundsOf } from "./coordinates";

export function anchorPoint(geometry: Geometry): [number, number] {
  const middle = (line: Position[]) => line[Math.floor(line.length / 2)];
  let position: Position | undefined;
  if (geometry.type === "Point") position = geometry.coordinates;
  else if (geometry.type === "LineString") position = middle(geometry.coordinates);
  else if (geometry.type === "MultiLineString") {
    const longest = [...geometry.coordinates].sort((a, b) => b.length - a.length)[0];
    position = longest ? middle(longest) : undefined;
  }
  if (position && position.length >= 2) return [position[0] as number, position[1] as number];
  const [west, south, east, north] = boundsOf(geometry);
  return [(west + east) / 2, (south + north) / 2];
}
