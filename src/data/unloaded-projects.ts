// Which projects the page lacks, so a record that names one of them (a progress entry, a tour slide)
// is not blamed for it: the project's own file already has its notice, and the dependent record says
// once that it waits on a project that did not load (issue 32, R5).
import type { LoadedProjects } from "./combine-project-files";

export interface UnloadedProjects {
  // Ids of projects a file holds but the map left off (a blocking fault, a duplicated id).
  ids: ReadonlySet<string>;
  // Some projects are missing whose ids nobody knows: a file that failed, was unreadable or is still
  // on its way, or a skipped feature without a usable id. Any unknown id may then be one of them.
  unknownIds: boolean;
}

export const NOTHING_UNLOADED: UnloadedProjects = { ids: new Set(), unknownIds: false };

export function unloadedProjects(loaded: LoadedProjects): UnloadedProjects {
  const onMap = new Set(loaded.features.map((feature) => feature.properties.id));
  const ids = new Set<string>();
  for (const found of loaded.problems) {
    if (found.featureId !== null && !onMap.has(found.featureId)) ids.add(found.featureId);
  }
  const filesMissing = loaded.failures.length + loaded.unreadable.length + loaded.pending.length > 0;
  // Every skipped project whose id is known is in `ids`; more skipped than that means some had none.
  return { ids, unknownIds: filesMissing || loaded.skipped > ids.size };
}

/** Whether a reference to `id`, which no loaded project has, may be to a project that did not load. */
export function dependsOnUnloaded(id: unknown, unloaded: UnloadedProjects): boolean {
  return typeof id === "string" && (unloaded.ids.has(id) || unloaded.unknownIds);
}

// The one wording of such a dependency, for the validators' results.
export const DEPENDS_ON_UNLOADED = "depends on a project that did not load";
