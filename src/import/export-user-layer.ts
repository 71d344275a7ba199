// A user layer as a GeoJSON file to share: RFC 7946 (WGS84, polygon outer rings anticlockwise),
// positions rounded to 6 decimals (about 0.1 m, far finer than any source the planner will have), and
// each line with its length_km and each polygon with its area_km2, measured geodesically by turf.
import { area, length, rewind } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { mapPositions } from "./convert-coordinates";

const DECIMALS = 1e6;

export function exportUserLayer(layer: { features: FeatureCollection }): string {
  const features = layer.features.features.map(exportFeature);
  return JSON.stringify({ type: "FeatureCollection", features } satisfies FeatureCollection);
}

function exportFeature(feature: Feature): Feature {
  // Imported layers never hold a feature without geometry; one from elsewhere is passed through.
  if (!feature.geometry) return feature;
  const geometry = roundPositions(feature.geometry);
  const properties: Record<string, unknown> = { ...feature.properties };
  const type = geometry.type;
  if (type === "LineString" || type === "MultiLineString") {
    // turf length defaults to kilometres; 3 decimals is metres.
    properties.length_km = Math.round(length(feature) * 1000) / 1000;
  } else if (type === "Polygon" || type === "MultiPolygon") {
    // turf area is in m²; 1 km² = 1e6 m²; 4 decimals is 100 m².
    properties.area_km2 = Math.round((area(feature) / 1e6) * 1e4) / 1e4;
  }
  const wound = type === "Polygon" || type === "MultiPolygon" ? (rewind(geometry) as Geometry) : geometry;
  const exported: Feature = { type: "Feature", geometry: wound, properties };
  if (feature.id !== undefined) exported.id = feature.id;
  return exported;
}

function roundPositions(geometry: Geometry): Geometry {
  return mapPositions(geometry, (position: Position) =>
    position.map((value) => Math.round(value * DECIMALS) / DECIMALS),
  );
}
