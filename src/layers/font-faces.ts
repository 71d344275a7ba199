// Builds the style's `font-faces` entry from the bundled Noto Sans SC subsets, so MapLibre draws Chinese
// and Latin labels from our own files: no glyph server, and the same result whether or not the machine
// has CJK fonts. MapLibre fetches only the subsets whose unicode ranges the visible labels use.
import type { FontFacesSpecification } from "@maplibre/maplibre-gl-style-spec";
import { LABEL_FONT } from "./theme";

// subsetRanges: fontsource's unicode.json, keyed "[4]" or "latin" → "U+1f1e9-1f1f5,U+1f21a,…".
// subsetUrls: the same keys (without brackets) → the built URL of that subset's woff2 file.
export function buildFontFaces(
  subsetRanges: Record<string, string>,
  subsetUrls: Record<string, string>,
): FontFacesSpecification {
  const faces = Object.entries(subsetRanges).flatMap(([key, ranges]) => {
    const url = subsetUrls[key.replace(/^\[|\]$/g, "")];
    if (!url) return [];
    return [{ url, "unicode-range": ranges.split(",").map((range) => range.trim().toUpperCase()) }];
  });
  return { [LABEL_FONT]: faces };
}
