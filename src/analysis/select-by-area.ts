// The projects inside or crossing an area (drawn by a planner, or a county polygon), each line project
// with its kilometres inside the area and each zone with its km² inside. The area is checked first: a
// bad outline selects nothing.
import { area as areaOf, booleanIntersects, featureCollection, intersect, multiPolygon } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { ProjectFeature } from "../data/project-schema";
import { geometryParts } from "../geo/geometry-parts";
import { type AnalysisResult, accepted } from "./analysis-result";
import { boundingBoxOf, boxesOverlap } from "./bounding-box";
import { lengthInsideKilometres } from "./line-length-inside";
import { preparePolygon } from "./prepared-polygon";
import { validateAreaShape } from "./validate-area-shape";

export interface SelectedProject {
  project: ProjectFeature;
  // Kilometres of the project's lines inside the area; null for a project with no line geometry.
  lengthInsideKilometres: number | null;
  // Km² of the project's polygons inside the area; null for a project with no polygon.
  areaInsideSquareKilometres?: number | null;
}

export interface Selection {
  shape: Feature<Polygon | MultiPolygon>; // the checked area, for clipping an export to it
  projects: SelectedProject[];
}

export function selectByArea(
  area: unknown,
  projects: readonly ProjectFeature[],
): AnalysisResult<SelectedProject[]> {
  const selection = selectionInArea(area, projects);
  return selection.ok ? accepted(selection.value.projects) : selection;
}

export function selectionInArea(
  area: unknown,
  projects: readonly ProjectFeature[],
): AnalysisResult<Selection> {
  const checked = validateAreaShape(area);
  if (!checked.ok) return checked;
  const shape = checked.value;
  const prepared = preparePolygon(geometryParts(shape.geometry).polygons);
  const selected: SelectedProject[] = [];
  for (const project of projects) {
    if (!project.geometry) continue;
    const parts = geometryParts(project.geometry);
    const box = boundingBoxOf([...parts.points, ...parts.lines.flat(), ...parts.polygons.flat(2)]);
    if (!boxesOverlap(box, prepared)) continue;
    if (!booleanIntersects(project.geometry, shape)) continue;
    const overlap =
      parts.polygons.length > 0 ? intersect(featureCollection([multiPolygon(parts.polygons), shape])) : null;
    selected.push({
      project,
      lengthInsideKilometres: parts.lines.length > 0 ? lengthInsideKilometres(parts.lines, prepared) : null,
      // turf area is in m²; 1 km² = 1e6 m².
      areaInsideSquareKilometres: parts.polygons.length > 0 ? (overlap ? areaOf(overlap) / 1e6 : 0) : null,
    });
  }
  return accepted({ shape, projects: selected });
}
