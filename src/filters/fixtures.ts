// Projects for filter tests: where a project is does not matter to filters, so every one is a point in
// Jiaxing; the analysis fixture supplies the rest of the contract.

import { makeProject as makeProjectAt } from "../analysis/fixtures/make-project";
import type { ProjectFeature, ProjectProperties } from "../data/project-schema";

export function makeProject(overrides: Partial<ProjectProperties> & { id: string }): ProjectFeature {
  return makeProjectAt(
    { type: "Point", coordinates: [120.75, 30.75] },
    { precision: "schematic", ...overrides },
  );
}
