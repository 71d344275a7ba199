import { describe, expect, it } from "vitest";
import type { LoadedProjects } from "./combine-project-files";
import { problem } from "./problem";
import type { ProjectFeature } from "./project-schema";
import { dependsOnUnloaded, unloadedProjects } from "./unloaded-projects";

const feature = (id: string) => ({ properties: { id } }) as unknown as ProjectFeature;
const none: LoadedProjects = {
  features: [feature("kept")],
  problems: [],
  failures: [],
  pending: [],
  skipped: 0,
  unreadable: [],
};

describe("unloadedProjects", () => {
  it("knows the ids of skipped projects and not those of projects still on the map", () => {
    const unloaded = unloadedProjects({
      ...none,
      problems: [problem("a.geojson", "broken", "pillar", "bad"), problem("a.geojson", "kept", "x", "extra")],
      skipped: 1,
    });
    expect([...unloaded.ids]).toEqual(["broken"]);
    expect(unloaded.unknownIds).toBe(false);
    expect(dependsOnUnloaded("broken", unloaded)).toBe(true);
    expect(dependsOnUnloaded("typo", unloaded)).toBe(false); // a genuine mistake of the record
  });

  it("cannot tell which ids a failed or unreadable file held: any unknown id may be one", () => {
    for (const change of [
      { failures: [{ file: "railway.geojson", detail: "HTTP 503" }] },
      { unreadable: ["railway.geojson"] },
      { pending: ["railway.geojson"] },
      { skipped: 1 }, // a skipped feature without an id
    ]) {
      const unloaded = unloadedProjects({ ...none, ...change });
      expect(unloaded.unknownIds, JSON.stringify(change)).toBe(true);
      expect(dependsOnUnloaded("anything", unloaded)).toBe(true);
    }
  });

  it("says nothing is missing when every file loaded cleanly", () => {
    expect(unloadedProjects(none)).toEqual({ ids: new Set(), unknownIds: false });
  });
});
