import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { earlyFetch } from "./scripts/vite-plugin-early-fetch.ts";
import { labelFont } from "./scripts/vite-plugin-label-font.ts";
import { pageColours } from "./scripts/vite-plugin-page-colours.ts";
import { precache } from "./scripts/vite-plugin-precache.ts";
import { searchIndex } from "./scripts/vite-plugin-search-index.ts";

// The project files the build ships. PROJECT_DATA_DIR swaps them for another directory of layer files
// (the benchmark's synthetic datasets, the hostile-input fixture) without touching data/projects.
const projectDataDirectory = resolve(
  import.meta.dirname,
  process.env.PROJECT_DATA_DIR ?? resolve(import.meta.dirname, "data/projects"),
);

export default defineConfig({
  plugins: [
    react(),
    pageColours(),
    earlyFetch(),
    precache(),
    // The search index follows the same project directory as "@project-data".
    searchIndex({
      projectDirectory: projectDataDirectory,
      basemapDirectory: resolve(import.meta.dirname, "data/basemap"),
    }),
    // The map labels' own font file, cut from the same project directory's names.
    labelFont({
      projectDirectory: projectDataDirectory,
      basemapDirectory: resolve(import.meta.dirname, "data/basemap"),
    }),
  ],
  resolve: {
    alias: [{ find: "@project-data", replacement: projectDataDirectory }],
  },
  // Project and basemap data ship as hashed static files that the app fetches, so a slow or broken data
  // file is a recoverable error in the page rather than a failed bundle.
  assetsInclude: ["**/*.geojson"],
  build: {
    target: "es2022",
    // Never inline data or fonts as data: URIs: they would bloat the first JavaScript and defeat caching.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Everything the first view runs in one file: left to itself the bundler splits out every
        // module a lazy chunk or worker also uses (nine files), and each compresses on its own.
        codeSplitting: { groups: [{ name: "shell", tags: ["$initial"] }] },
      },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
