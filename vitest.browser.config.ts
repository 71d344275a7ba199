import { defineConfig } from "vitest/config";

// Browser flows: real MapLibre in Debian's Chromium, driven by playwright-core, against the production
// build served by `vite preview`. One file at a time: the machine has two cores and WebGL runs in software.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/browser/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    // Software WebGL on two cores: a journey can miss a frame once (seen on the 4K presenter pass). A
    // second attempt absorbs that; a real fault fails both.
    retry: 1,
    hookTimeout: 120_000,
  },
});
