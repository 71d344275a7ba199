// Small project features for unit tests: every required property set, overridable per test.
import type { ProjectFeature, ProjectProperties } from "../data/project-schema";

export function makeProject(overrides: Partial<ProjectProperties> & { id: string }): ProjectFeature {
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
    precision: "schematic",
    counties: [],
    beyond_city: false,
    ...overrides,
  };
  return {
    type: "Feature",
    id: overrides.id,
    geometry: { type: "Point", coordinates: [120.75, 30.75] },
    properties,
  };
}
