// Where Debian's Chromium is and how it is started, shared by the browser tests and the benchmark
// (scripts/bench), which runs outside vitest and so cannot import app-page.ts.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Software WebGL (SwiftShader) so the map draws on machines without a GPU, and nothing that phones home.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
