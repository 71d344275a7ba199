import { defineConfig } from "vitest/config";

// Unit tests: pure logic beside the code it tests. Browser flows live in tests/browser (see
// vitest.browser.config.ts) and run against the production build.
export default defineConfig({
  test: {
    // tests/support/: the test helpers that need proving themselves (the PMTiles writer).
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "tests/support/**/*.test.ts"],
    environment: "node",
    // The on-demand features' texts, registered as the app does once they load.
    setupFiles: ["tests/support/register-texts.ts"],
    testTimeout: 30_000,
  },
});
