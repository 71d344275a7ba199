// Project counts for one row of the coverage table, by the counties each project lists: a project
// counts in every county it touches, and once in the city total (even one lying wholly beyond the city).
import { PILLARS, type Pillar, type ProjectFeature, STATUSES, type Status } from "../data/project-schema";

export interface ProjectCounts {
  total: number;
  byPillar: Record<Pillar, number>;
  byStatus: Record<Status, number>;
  // Projects whose drawn geometry is only a sketch, so the row's km and km² rest partly on guesses.
  schematicProjectIds: string[];
}

// adcode null: the city total.
export function countProjects(projects: readonly ProjectFeature[], adcode: string | null): ProjectCounts {
  const counts: ProjectCounts = {
    total: 0,
    byPillar: Object.fromEntries(PILLARS.map((pillar) => [pillar, 0])) as Record<Pillar, number>,
    byStatus: Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>,
    schematicProjectIds: [],
  };
  for (const project of projects) {
    const properties = project.properties;
    if (adcode !== null && !(properties.counties as readonly string[]).includes(adcode)) continue;
    counts.total += 1;
    counts.byPillar[properties.pillar] += 1;
    counts.byStatus[properties.status] += 1;
    if (properties.precision === "schematic") counts.schematicProjectIds.push(properties.id);
  }
  return counts;
}
