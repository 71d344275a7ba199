// The projects inside or crossing an area (drawn by a planner, or a county polygon), each line project
// with its kilometres inside the area. The area is checked first: a bad outline selects nothing.
import { booleanIntersects } from "@turf/turf";
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
}

export function selectByArea(
  area: unknown,
  projects: readonly ProjectFeature[],
): AnalysisResult<SelectedProject[]> {
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
    selected.push({
      project,
      lengthInsideKilometres: parts.lines.length > 0 ? lengthInsideKilometres(parts.lines, prepared) : null,
    });
  }
  return accepted(selected);
}
