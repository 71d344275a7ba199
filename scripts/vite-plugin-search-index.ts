// A tiny Vite plugin: builds the search index (build-search-index.ts) from the project directory the
// build ships and the basemap, and serves it as the module "virtual:search-index". The app imports
// that module dynamically on first use of the search box, so the index (and the pinyin work, done
// here in Node) costs nothing in the first script.
import type { Plugin } from "vite";
import { buildSearchIndex } from "./build-search-index";
import { readSearchSources } from "./read-search-sources";

export const SEARCH_INDEX_MODULE = "virtual:search-index";
// The "\0" prefix tells other plugins the module is virtual and not a file to transform.
const RESOLVED_ID = `\0${SEARCH_INDEX_MODULE}`;

export interface SearchIndexOptions {
  projectDirectory: string;
  basemapDirectory: string;
}

export function searchIndex({ projectDirectory, basemapDirectory }: SearchIndexOptions): Plugin {
  return {
    name: "jiaxing-search-index",
    resolveId(id) {
      return id === SEARCH_INDEX_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { sources, files } = readSearchSources(projectDirectory, basemapDirectory);
      for (const file of files) this.addWatchFile(file);
      // JSON.parse of a string literal: parsed faster than the same data written as a JavaScript object.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(buildSearchIndex(sources)))});\n`;
    },
  };
}
