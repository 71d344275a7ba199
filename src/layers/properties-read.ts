// Which feature properties a source's layers read, so the app can hand MapLibre only those. MapLibre
// copies every property of a GeoJSON source to its worker (a structured clone on the page's thread) and
// writes each of them into every tile it cuts; the projects carry about 25 (texts in two languages, the
// quote, the section, a flag per county), while their layers read a handful. At 10,000 projects the
// three project sources cost ≈ 0.3 s of cloning on the page and more in the worker (npm run bench).
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Feature, FeatureCollection } from "geojson";

/**
 * The names of the properties that the layers drawing `source` read in their filters, layout and paint,
 * or null when one of them reads a property whose name is computed (then every property is kept).
 */
export function propertiesRead(layers: readonly LayerSpecification[], source: string): Set<string> | null {
  const names = new Set<string>();
  for (const layer of layers) {
    if (!("source" in layer) || layer.source !== source) continue;
    const values: unknown[] = [
      layer.filter,
      ...Object.values(layer.layout ?? {}),
      ...Object.values(layer.paint ?? {}),
    ];
    for (const value of values) if (!collect(value, names)) return null;
  }
  return names;
}

// false: a name the style computes, or the whole properties object, is read.
function collect(value: unknown, names: Set<string>): boolean {
  if (typeof value === "string") {
    // Legacy token strings ("{name_zh}") in text-field or icon-image.
    for (const match of value.matchAll(/\{([^{}]+)\}/g)) names.add(match[1] as string);
    return true;
  }
  if (!Array.isArray(value)) {
    if (value && typeof value === "object") return Object.values(value).every((item) => collect(item, names));
    return true;
  }
  const [operator, key] = value;
  if (operator === "properties") return false;
  // ["get", name] and ["has", name] read the feature; with a third argument they read an object.
  if ((operator === "get" || operator === "has") && value.length === 2) {
    if (typeof key !== "string") return false;
    names.add(key);
    return true;
  }
  // A literal's contents are data, never expressions.
  if (operator === "literal") return true;
  return value.every((item) => collect(item, names));
}

/** The collection with each feature keeping only the named properties (geometry shared, not copied). */
export function keepProperties(collection: FeatureCollection, names: ReadonlySet<string>): FeatureCollection {
  const kept = [...names];
  return {
    type: "FeatureCollection",
    features: collection.features.map((feature): Feature => {
      const properties: Record<string, unknown> = {};
      const all = feature.properties ?? {};
      for (const name of kept) if (name in all) properties[name] = all[name];
      return { ...feature, properties };
    }),
  };
}
