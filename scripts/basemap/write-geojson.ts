// Compact, deterministic GeoJSON text: one feature per line, so a rebuild that changes one feature
// shows up as a one-line diff, with no indentation to keep files small.
import type { FeatureCollection } from "geojson";

export function serialiseCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}
