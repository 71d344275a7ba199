// Projects for filter tests: where a project is does not matter to filters, so every one is a point in
// Jiaxing; the analysis fixture supplies the rest of the contract.

import type { ProjectFeature, ProjectProperties } from "../../src/data/project-schema";
import { makeProject as makeProjectAt } from "./make-project";

export function makeProject(overrides: Partial<ProjectProperties> & { id: string }): ProjectFeature {
  return makeProjectAt(
    { type: "Point", coordinates: [120.75, 30.75] },
    { precision: "schematic", ...overrides },
  );
}
