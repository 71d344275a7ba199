// The browser build's stand-in for validate-counties.ts (swapped in by vite.config.ts). The app never
// passes county polygons to validation — `npm run validate` does that check before data ships — and the
// real module pulls turf's polygon clipping (≈ 17 kB gzip) into the first script of the page.
import type { Finding } from "./problem";

export function checkCounties(): Finding[] {
  throw new Error("County checks are not part of the browser build; run npm run validate instead.");
}
