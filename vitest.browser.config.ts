import { defineConfig } from "vitest/config";

// Browser flows: real MapLibre in Debian's Chromium, driven by playwright-core, against the production
// build served by `vite preview`. Two files at a time, each in its own browser: the machine has two cores
// and WebGL runs in software, and a journey spends part of its time waiting (for the network, a worker, a
// quiet moment) that the other file's page can use (≈ 14 % less wall time than one at a time).
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/browser/support/global-setup.ts"],
    fileParallelism: true,
    maxWorkers: 2,
    // Each file imported playwright-core and the helpers again in a fresh module graph (34 s of the
    // run's test time); the files share no state but the browser connection, which each closes.
    isolate: false,
    testTimeout: 120_000,
    // No retries: a journey that fails once is a bug to fix (a retry would also run on the state the
    // failed attempt left on a shared page).
    retry: 0,
    hookTimeout: 120_000,
  },
});
