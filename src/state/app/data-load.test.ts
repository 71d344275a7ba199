import { describe, expect, it } from "vitest";
import type { LoadedBasemap } from "../../data/load-basemap";
import type { LoadedProjects } from "../../data/load-projects";
import { type DataLoaders, startDataLoad } from "./data-load";

const FILES = {
  projects: { "a.geojson": "/a", "b.geojson": "/b" },
  basemap: { land: "/land" },
  codeFile: "load.js",
};

function loaded(pending: string[], count: number): LoadedProjects {
  return {
    features: new Array(count).fill(null),
    problems: [],
    failures: [],
    pending,
    skipped: 0,
    unreadable: [],
  };
}

// Loaders whose files arrive when the test says so.
function manualLoaders() {
  let progress: (sofar: LoadedProjects) => void = () => undefined;
  let finish: (all: LoadedProjects) => void = () => undefined;
  const loaders: DataLoaders = {
    loadProjects: (_urls, _fetcher, onProgress) => {
      progress = onProgress;
      return new Promise((done) => {
        finish = done;
      });
    },
    loadBasemap: async () => ({ collections: {} }) as unknown as LoadedBasemap,
  };
  return {
    loaders,
    progress: (sofar: LoadedProjects) => progress(sofar),
    finish: (all: LoadedProjects) => finish(all),
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe("startDataLoad", () => {
  it("lets a reader who subscribes after the first file hear it at once, then the rest", async () => {
    const files = manualLoaders();
    const load = startDataLoad(Promise.resolve(files.loaders), FILES, fetch);
    await settle();
    files.progress(loaded(["b.geojson"], 3));
    const heard: LoadedProjects[] = [];
    load.subscribe((sofar) => heard.push(sofar));
    expect(heard.map((sofar) => sofar.pending)).toEqual([["b.geojson"]]);
    files.finish(loaded([], 5));
    await settle();
    expect(heard.map((sofar) => sofar.features.length)).toEqual([3, 5]);
  });

  it("stops telling a reader who unsubscribed", async () => {
    const files = manualLoaders();
    const load = startDataLoad(Promise.resolve(files.loaders), FILES, fetch);
    const heard: LoadedProjects[] = [];
    const unsubscribe = load.subscribe((sofar) => heard.push(sofar));
    await settle();
    unsubscribe();
    files.finish(loaded([], 5));
    await settle();
    expect(heard).toEqual([]);
  });

  it("reports a loader chunk that cannot be fetched as a failure the page can retry, under the chunk's name", async () => {
    const load = startDataLoad(Promise.reject(new Error("Failed to fetch")), FILES, fetch);
    const heard: LoadedProjects[] = [];
    load.subscribe((sofar) => heard.push(sofar));
    await settle();
    expect(heard).toHaveLength(1);
    expect(heard[0]?.failures).toEqual([{ file: "load.js", detail: "Failed to fetch" }]);
    await expect(load.basemap).rejects.toThrow("Failed to fetch");
  });
});
