// Builds the style's `font-faces` entry from the bundled Noto Sans SC files, so MapLibre draws Chinese
// and Latin labels from our own files: no glyph server, and the same result whether or not the machine
// has CJK fonts. MapLibre takes, for each character, the first file whose unicode range holds it, and
// fetches only the files the visible labels use: first the labels' own file (every character of the
// shipped names, cut at build time), then the per-range subsets for anything else.
import type { FontFacesSpecification } from "@maplibre/maplibre-gl-style-spec";
import { LABEL_FONT } from "./theme";

export interface LabelFace {
  url: string;
  unicodeRange: string[]; // "U+4E00" or "U+4E00-4E02"
}

// subsetRanges: fontsource's unicode.json, keyed "[4]" or "latin" → "U+1f1e9-1f1f5,U+1f21a,…".
// subsetUrls: the same keys (without brackets) → the built URL of that subset's woff2 file.
// labelFace: the file cut for the shipped names (scripts/vite-plugin-label-font.ts), tried first.
export function buildFontFaces(
  subsetRanges: Record<string, string>,
  subsetUrls: Record<string, string>,
  labelFace?: LabelFace,
): FontFacesSpecification {
  const subsets = Object.entries(subsetRanges).flatMap(([key, ranges]) => {
    const url = subsetUrls[key.replace(/^\[|\]$/g, "")];
    if (!url) return [];
    return [{ url, "unicode-range": ranges.split(",").map((range) => range.trim().toUpperCase()) }];
  });
  const first = labelFace?.unicodeRange.length
    ? [{ url: labelFace.url, "unicode-range": labelFace.unicodeRange }]
    : [];
  return { [LABEL_FONT]: [...first, ...subsets] };
}
