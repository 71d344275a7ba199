import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SearchIndex } from "../src/search/search-index-types";
import { repositoryPath } from "./basemap/paths";
import { writeSyntheticProjects } from "./bench/synthetic-projects";
import { SEARCH_INDEX_MODULE, searchIndex } from "./vite-plugin-search-index";

const scratch = mkdtempSync(join(tmpdir(), "search-index-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Hook = (this: { addWatchFile: (file: string) => void }, id: string) => string | null;

/** Resolves and loads the virtual module as Vite would, and evaluates its code. */
async function loadIndex(projectDirectory: string): Promise<{ index: SearchIndex; watched: string[] }> {
  const plugin = searchIndex({ projectDirectory, basemapDirectory: repositoryPath("data/basemap") });
  const watched: string[] = [];
  const context = { addWatchFile: (file: string) => watched.push(file) };
  const id = (plugin.resolveId as Hook).call(context, SEARCH_INDEX_MODULE);
  const code = (plugin.load as Hook).call(context, id ?? "");
  const module = await import(`data:text/javascript,${encodeURIComponent(code ?? "")}`);
  return { index: module.default, watched };
}

describe("the search-index plugin", () => {
  it("serves the index of the project directory it is given, as the swapped data directory", async () => {
    writeSyntheticProjects(scratch, 20);
    const { index, watched } = await loadIndex(scratch);
    const projects = index.entries.filter((entry) => entry.kind === "project");
    expect(projects).toHaveLength(20);
    expect(projects.every((entry) => entry.key.startsWith("synthetic-"))).toBe(true);
    expect(watched).toContain(join(scratch, "railway.geojson"));
  });

  it("serves the shipped projects by default", async () => {
    const { index } = await loadIndex(repositoryPath("data/projects"));
    expect(index.entries.some((entry) => entry.key === "hangzhou-haining-intercity-railway")).toBe(true);
  });

  it("leaves other modules alone", () => {
    const plugin = searchIndex({ projectDirectory: scratch, basemapDirectory: scratch });
    const context = { addWatchFile: () => undefined };
    expect((plugin.resolveId as Hook).call(context, "./other")).toBeNull();
    expect((plugin.load as Hook).call(context, "/src/main.tsx")).toBeNull();
  });
});
