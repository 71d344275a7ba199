// The selected projects as GeoJSON text, to save or open in a GIS. Each feature keeps the project data
// contract's properties and gains what the selection measured: `length_inside_km` (lines) and
// `area_inside_km2` (zones), null where the project has no such geometry. On request the geometry is
// clipped to the area (lines cut at its edge, zones intersected, points outside dropped); otherwise
// it is the project's own, unchanged.
import { featureCollection, intersect, multiPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import type { ProjectFeature } from "../data/project-schema";
import { geometryParts } from "../geo/geometry-parts";
import { piecesInside } from "./line-length-inside";
import { containsPoint, type PreparedPolygon, preparePolygon } from "./prepared-polygon";
import type { SelectedProject } from "./select-by-area";

export interface SelectionGeojsonOptions {
  clipTo?: Feature<Polygon | MultiPolygon>; // the selection's area: clip each geometry to it
}

// Kilometres and km² to 0.001 (1 m, 1 000 m²): finer would claim what traced lines cannot give.
const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value * 1000) / 1000;

export function selectionGeojson(
  selection: readonly (SelectedProject | ProjectFeature)[],
  options: SelectionGeojsonOptions = {},
): string {
  const prepared = options.clipTo ? preparePolygon(geometryParts(options.clipTo.geometry).polygons) : null;
  const features = selection.map((item): Feature => {
    const project = "project" in item ? item.project : item;
    const measured = "project" in item ? item : null;
    const properties = {
      ...project.properties,
      length_inside_km: round(measured?.lengthInsideKilometres),
      area_inside_km2: round(measured?.areaInsideSquareKilometres),
    };
    const geometry =
      options.clipTo && prepared ? clipped(project.geometry, options.clipTo, prepared) : project.geometry;
    return { type: "Feature", id: project.properties.id, properties, geometry } as Feature;
  });
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  return JSON.stringify(collection);
}

function clipped(
  geometry: Geometry | null,
  area: Feature<Polygon | MultiPolygon>,
  prepared: PreparedPolygon,
): Geometry | null {
  const parts = geometryParts(geometry);
  const pieces: Geometry[] = [];
  const points = parts.points.filter((point) =>
    containsPoint(prepared, point[0] as number, point[1] as number),
  );
  if (points.length > 0) pieces.push({ type: "MultiPoint", coordinates: points });
  const lines = mergeTouching(piecesInside(parts.lines, prepared));
  if (lines.length > 0) pieces.push({ type: "MultiLineString", coordinates: lines });
  if (parts.polygons.length > 0) {
    const overlap = intersect(featureCollection([multiPolygon(parts.polygons), area]));
    if (overlap) pieces.push(overlap.geometry);
  }
  if (pieces.length === 0) return null;
  return pieces.length === 1 ? (pieces[0] as Geometry) : { type: "GeometryCollection", geometries: pieces };
}

// piecesInside returns one two-point piece per segment; consecutive pieces that share an end are one
// line again, so an uncut line stays a single line in the export.
function mergeTouching(pieces: Position[][]): Position[][] {
  const lines: Position[][] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    const end = last?.[last.length - 1];
    const start = piece[0];
    if (last && end && start && end[0] === start[0] && end[1] === start[1]) last.push(...piece.slice(1));
    else lines.push([...piece]);
  }
  return lines;
}
