// What the corridor layers draw from: the projects, with a disc radius (metres) on every site and, for a
// zone too small to carry a band along its edge, a disc at its centre instead.
//
// A band along a zone's edge wider than the zone's own radius folds over itself on the inside (MapLibre
// draws each segment's band separately), which shows as dark rays from the middle. Such a zone reads
// honestly as a disc: everywhere its real boundary may reach, its own radius plus the uncertainty.
import type { Feature, FeatureCollection, Point, Position } from "geojson";
import { PRECISION_UNCERTAINTY_METRES, type Precision } from "../data/project-schema";
import { areaSquareMetres } from "../geo/coordinates";
import { geometryParts } from "../geo/geometry-parts";
import { CORRIDOR_PRECISIONS } from "./uncertainty-corridor";

// Property names the corridor layers read.
export const DISC_RADIUS_PROPERTY = "uncertainty_radius_m";
export const ZONE_DISC_PROPERTY = "zone_disc";

// A zone gets a band along its edge only when its equal-area radius is at least the band's full width
// (then the inner half of the band stays clear of the opposite edge).
export function zoneTakesBand(areaSquareMetresOfZone: number, precision: Precision): boolean {
  return Math.sqrt(areaSquareMetresOfZone / Math.PI) >= PRECISION_UNCERTAINTY_METRES[precision];
}

export function corridorData(projects: FeatureCollection): FeatureCollection {
  const features: Feature[] = [];
  for (const feature of projects.features) {
    const precision = feature.properties?.precision as Precision | undefined;
    if (!precision || !CORRIDOR_PRECISIONS.includes(precision) || !feature.geometry) continue;
    const uncertainty = PRECISION_UNCERTAINTY_METRES[precision];
    const type = feature.geometry.type;
    if (type === "Point" || type === "MultiPoint") {
      features.push(withProperties(feature, { [DISC_RADIUS_PROPERTY]: uncertainty / 2 }));
    } else if (type === "Polygon" || type === "MultiPolygon") {
      const area = areaSquareMetres(feature.geometry);
      if (zoneTakesBand(area, precision)) features.push(withProperties(feature, {}));
      else features.push(zoneDisc(feature, area, uncertainty));
    } else {
      features.push(withProperties(feature, {}));
    }
  }
  return { type: "FeatureCollection", features };
}

function withProperties(feature: Feature, extra: Record<string, unknown>): Feature {
  return { ...feature, properties: { ...feature.properties, ...extra } };
}

// The disc covers the zone (its equal-area radius) and the half-width of its uncertainty band around it.
function zoneDisc(feature: Feature, area: number, uncertainty: number): Feature<Point> {
  const ring: Position[] = geometryParts(feature.geometry).polygons.flatMap((polygon) => polygon[0] ?? []);
  const centre: Position = [
    ring.reduce((sum, position) => sum + (position[0] ?? 0), 0) / ring.length,
    ring.reduce((sum, position) => sum + (position[1] ?? 0), 0) / ring.length,
  ];
  const radius = Math.round(Math.sqrt(area / Math.PI) + uncertainty / 2);
  return {
    type: "Feature",
    ...(feature.id === undefined ? {} : { id: feature.id }),
    geometry: { type: "Point", coordinates: centre },
    properties: { ...feature.properties, [DISC_RADIUS_PROPERTY]: radius, [ZONE_DISC_PROPERTY]: true },
  };
}
