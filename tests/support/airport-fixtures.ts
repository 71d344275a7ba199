// Test-only: the airport as the tour and progress tests use it — its properties and a sourced
// "construction started" record (the shape of data/progress.json's entries). Not imported by the app.
import type { ProgressEntry } from "../../src/data/progress-schema";
import type { ProjectProperties } from "../../src/data/project-schema";

export const AIRPORT_ID = "jiaxing-military-civil-airport";

export const AIRPORT = {
  id: AIRPORT_ID,
  pillar: "hub",
  layer: "airport",
  status: "start",
  counties: ["330402"],
  name_zh: "嘉兴军民合用机场",
  name_en: "Jiaxing military–civil airport",
} as ProjectProperties;

/** The airport's construction start as a progress record, for `project` (another id for tests of ids). */
export function constructionStarted(project = AIRPORT_ID): ProgressEntry {
  return {
    project,
    date: "2022-11-23",
    stage: "construction-started",
    text_zh: "嘉兴军民合用机场改扩建工程全面开工。",
    text_en: "Full construction of the airport's expansion began.",
    source_url: "https://example.org/airport",
    source_title: "嘉兴机场",
    source_excerpt: "2022年11月23日，嘉兴军民合用机场改扩建工程全面开工建设动员大会举行。",
  };
}
