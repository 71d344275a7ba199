// Whether a project reaches beyond Jiaxing: true when any part of the geometry lies more than
// SHORE_TOLERANCE_KILOMETRES (1 km) outside the city outline. The tolerance forgives the clipped
// coastline (see shore-distance.ts); a railway to Shanghai or a bridge to Ningbo is far beyond it.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { geometryParts } from "../geo/geometry-parts";
import { containsPoint, type PreparedPolygon, preparePolygon } from "./prepared-polygon";
import { distanceToBoundaryKilometres, SHORE_TOLERANCE_KILOMETRES } from "./shore-distance";

export type CityOutline = FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>;

// Lines and rings are sampled every 0.1 km, so an excursion past the tolerance is missed only if it
// pokes out by less than a few metres more than 1 km; the samples cost microseconds each.
const SAMPLE_SPACING_KILOMETRES = 0.1;
const KILOMETRES_PER_DEGREE = 111.195;

const preparedByOutline = new WeakMap<object, PreparedPolygon[]>();

export function beyondCity(geometry: Geometry, outline: CityOutline): boolean {
  const prepared = preparedOutline(outline);
  const parts = geometryParts(geometry);
  const paths = [...parts.lines, ...parts.polygons.flat()];
  const samples = [...parts.points, ...paths.flatMap(samplePath)];
  return samples.some((position) => {
    const x = position[0] as number;
    const y = position[1] as number;
    if (prepared.some((polygon) => containsPoint(polygon, x, y))) return false;
    return prepared.every(
      (polygon) =>
        distanceToBoundaryKilometres(polygon, position, SHORE_TOLERANCE_KILOMETRES) >
        SHORE_TOLERANCE_KILOMETRES,
    );
  });
}

// Every vertex, plus evenly spaced points on each segment no more than SAMPLE_SPACING_KILOMETRES apart.
function samplePath(path: Position[]): Position[] {
  const samples: Position[] = [];
  path.forEach((position, index) => {
    samples.push(position);
    const next = path[index + 1];
    if (!next) return;
    const [x1, y1] = position as [number, number];
    const [x2, y2] = next as [number, number];
    const xScale = Math.cos((y1 * Math.PI) / 180);
    const kilometres = Math.hypot((x2 - x1) * xScale, y2 - y1) * KILOMETRES_PER_DEGREE;
    const steps = Math.ceil(kilometres / SAMPLE_SPACING_KILOMETRES);
    for (let step = 1; step < steps; step++) {
      samples.push([x1 + ((x2 - x1) * step) / steps, y1 + ((y2 - y1) * step) / steps]);
    }
  });
  return samples;
}

function preparedOutline(outline: CityOutline): PreparedPolygon[] {
  let prepared = preparedByOutline.get(outline);
  if (!prepared) {
    const features = outline.type === "FeatureCollection" ? outline.features : [outline];
    // One prepared polygon per feature: the even-odd test would cancel out where two features overlap.
    prepared = features.map((feature) => preparePolygon(geometryParts(feature.geometry).polygons));
    preparedByOutline.set(outline, prepared);
  }
  return prepared;
}
