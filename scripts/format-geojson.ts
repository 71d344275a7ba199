// Deterministic project files in one of two layouts, kept per file so a rewrite never restyles a file:
// - "indented": two-space JSON, but every array of plain values (a position, a county list) on one
//   line, so a LineString reads one position per line;
// - "feature-per-line": the compact layout of scripts/basemap/write-geojson.ts, one feature per line.
export type Layout = "indented" | "feature-per-line";

/** The layout a file is already in: feature-per-line when its first line opens the features array. */
export function layoutOf(text: string): Layout {
  const firstLine = text.slice(0, text.indexOf("\n"));
  return /^\{"type":"FeatureCollection".*"features":\[$/.test(firstLine) ? "feature-per-line" : "indented";
}

export function formatGeoJson(value: unknown, layout: Layout = "indented"): string {
  const collection = value as { features?: unknown };
  if (layout === "feature-per-line" && Array.isArray(collection.features)) {
    const { features, ...members } = collection;
    const head = JSON.stringify(members).slice(0, -1);
    return `${head},"features":[\n${features.map((feature) => JSON.stringify(feature)).join(",\n")}\n]}\n`;
  }
  return `${indented(value, "")}\n`;
}

function indented(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) {
      return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    }
    return `[\n${value.map((item) => `${inner}${indented(item, inner)}`).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${indented(item, inner)}`);
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}
