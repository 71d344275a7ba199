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
    // No retries: a journey that fails once is a bug to fix (a retry would also run on the state the
    // failed attempt left on a shared page).
    retry: 0,
    hookTimeout: 120_000,
  },
});
