import { resolve } from "node:path";
import { defineConfig } from "vitest/config";
import { labelFont } from "./scripts/vite-plugin-label-font.ts";

// Unit tests: pure logic beside the code it tests. Browser flows live in tests/browser (see
// vitest.browser.config.ts) and run against the production build.
export default defineConfig({
  // map/bundled-assets.ts imports the labels' font as the build does (a test that names the worker's file
  // reaches it).
  plugins: [
    labelFont({
      projectDirectory: resolve(import.meta.dirname, "data/projects"),
      basemapDirectory: resolve(import.meta.dirname, "data/basemap"),
    }),
  ],
  test: {
    // tests/support/: the test helpers that need proving themselves (the PMTiles writer).
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "tests/support/**/*.test.ts"],
    environment: "node",
    // The on-demand features' texts, registered as the app does once they load.
    setupFiles: ["tests/support/register-texts.ts"],
    testTimeout: 30_000,
    // Worker threads sharing one module graph: the tests are pure functions over data and each file
    // cleans up what it mocks, so a fresh process (and a fresh import of turf, MapLibre's style spec and
    // the data) per file bought nothing but time: 63 s → 21 s for the suite on two cores.
    pool: "threads",
    isolate: false,
  },
});
