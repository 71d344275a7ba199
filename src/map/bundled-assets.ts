// Files the map needs, resolved by Vite to hashed URLs inside the build: MapLibre's worker, the labels' own
// font file and the Noto Sans SC subsets. Nothing is fetched from outside the app's own origin.

import labelFace from "virtual:label-font";
import subsetRanges from "@fontsource/noto-sans-sc/unicode.json";
import { setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";
import { buildFontFaces } from "../layers/font-faces";

// Without this MapLibre looks for its worker next to its own module and Vite would never emit it.
setWorkerUrl(workerUrl);
// Its file's name, for a message when it cannot be fetched.
export const WORKER_FILE = workerUrl.split("/").pop() ?? workerUrl;

// The numbered subsets plus latin; the 1.1 MB all-in-one "chinese-simplified" file is left out.
const fontFiles = import.meta.glob<string>(
  [
    "/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2",
    "!/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2",
  ],
  { query: "?url", import: "default", eager: true },
);

const subsetUrls = Object.fromEntries(
  Object.entries(fontFiles).map(([path, url]) => [
    path.replace(/^.*noto-sans-sc-(.+)-400-normal\.woff2$/, "$1"),
    url,
  ]),
);

export const FONT_FACES = buildFontFaces(subsetRanges as Record<string, string>, subsetUrls, labelFace);
