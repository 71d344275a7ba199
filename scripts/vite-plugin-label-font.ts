// A Vite plugin: one small font file for the map's own labels, served as the module "virtual:label-font"
// ({ url, unicodeRange }), which bundled-assets.ts puts first in the style's font-faces.
// Why: MapLibre hands each font file it needs to document.fonts, and each one that finishes loading
// makes the browser lay out and repaint the whole page (≈ 990 elements: every sidebar row). At the start
// the city's labels drew from 15 of the per-range Noto Sans SC subsets (≈ 450 KB), and the page was laid
// out and repainted two or three times; with this file (≈ 35 KB) the labels load one file, once. The
// per-range subsets stay behind it for anything else: an imported layer's labels, the detailed basemap.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { repositoryPath } from "./basemap/paths.ts";
import { readLabelCharacters } from "./label-characters.ts";
import { subsetLabelFont, unicodeRanges } from "./label-font.ts";

export const LABEL_FONT_MODULE = "virtual:label-font";
const RESOLVED_ID = `\0${LABEL_FONT_MODULE}`;

export interface LabelFontOptions {
  projectDirectory: string;
  basemapDirectory: string;
  // Where the cut file is written for Vite to import as an asset (hashed in the build like any other).
  cacheDirectory?: string;
}

export function labelFont({
  projectDirectory,
  basemapDirectory,
  cacheDirectory = repositoryPath("node_modules/.cache/label-font"),
}: LabelFontOptions): Plugin {
  return {
    name: "jiaxing-label-font",
    resolveId(id) {
      return id === LABEL_FONT_MODULE ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const { codePoints, files } = readLabelCharacters(projectDirectory, basemapDirectory);
      for (const file of files) this.addWatchFile(file);
      const font = await subsetLabelFont(codePoints);
      // A folder per content: the dev server would otherwise hand a browser its cached older cut.
      const folder = join(cacheDirectory, createHash("sha256").update(font.woff2).digest("hex").slice(0, 12));
      mkdirSync(folder, { recursive: true });
      const file = join(folder, "noto-sans-sc-labels.woff2");
      writeFileSync(file, font.woff2);
      return [
        `import url from ${JSON.stringify(`${file}?url`)};`,
        `export default { url, unicodeRange: ${JSON.stringify(unicodeRanges(font.codePoints))} };`,
        "",
      ].join("\n");
    },
  };
}
