// A project feature with every required property set, for analysis tests: pass the geometry and the
// properties the test is about.
import type { Geometry } from "geojson";
import type { ProjectFeature, ProjectProperties } from "../../src/data/project-schema";

export function makeProject(
  geometry: Geometry,
  overrides: Partial<ProjectProperties> & { id: string },
): ProjectFeature {
  const properties: ProjectProperties = {
    name_zh: `项目${overrides.id}`,
    name_en: `Project ${overrides.id}`,
    pillar: "hub",
    layer: "railway",
    status: "construction",
    target_zh: "推进",
    target_en: "Advance",
    source_quote: "推进",
    source_section: "枢纽嘉兴",
    source_quote_en: "Synthetic clause",
    source_section_en: "Hub Jiaxing",
    precision: "exact",
    counties: [],
    beyond_city: false,
    ...overrides,
  };
  return { type: "Feature", id: overrides.id, geometry, properties };
}

export function line(...coordinates: [number, number][]): Geometry {
  return { type: "LineString", coordinates };
}

export function point(longitude: number, latitude: number): Geometry {
  return { type: "Point", coordinates: [longitude, latitude] };
}
