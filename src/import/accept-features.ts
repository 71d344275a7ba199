// The checks every feature-based format shares (GeoJSON, KML, GPX, Shapefile): each feature is named
// by its 1-based place in the file and its name, checked, converted to WGS84, flagged when outside the
// map's region, and given plain properties. Unsound features are left out with a problem; the rest
// are kept.
import type { Feature, Geometry } from "geojson";
import { nameColumn } from "../data/name-column";
import { checkGeometry } from "./check-geometry";
import { cleanName } from "./clean-text";
import { convertGeometry } from "./convert-coordinates";
import type { CoordinateSystem, MessageValues, ProblemPlace } from "./import-types";
import { firstOutsideRegion } from "./outside-region";
import type { ProblemCollector } from "./problem-collector";
import { tidyProperties } from "./tidy-properties";

export interface FeatureChecks {
  coordinateSystem: CoordinateSystem;
  problems: ProblemCollector;
  flagged: ProblemCollector;
  // A reason to flag a kept feature, by its 0-based place in the file (a Shapefile's missing attributes).
  flag?: (index: number) => { code: string; values: MessageValues } | null;
}

export function acceptFeatures(raw: readonly unknown[], checks: FeatureChecks): Feature[] {
  const accepted: Feature[] = [];
  raw.forEach((item, index) => {
    const candidate = (item && typeof item === "object" ? item : {}) as Partial<Feature>;
    const properties = tidyProperties(candidate.properties);
    const where = placeOf(index + 1, properties);
    if (candidate.type !== "Feature") {
      checks.problems.add(where, "invalid-geometry", { type: String(candidate.type) });
      return;
    }
    const fault = checkGeometry(candidate.geometry);
    if (fault) {
      checks.problems.add(where, fault.code, fault.values);
      return;
    }
    const geometry = convertGeometry(candidate.geometry as Geometry, checks.coordinateSystem);
    const outside = firstOutsideRegion(geometry);
    if (outside) {
      checks.flagged.add(where, "outside-region", {
        longitude: round(outside[0] as number),
        latitude: round(outside[1] as number),
      });
    }
    const flag = checks.flag?.(index);
    if (flag) checks.flagged.add(where, flag.code, flag.values);
    const feature: Feature = { type: "Feature", geometry, properties };
    if (typeof candidate.id === "string" || typeof candidate.id === "number") feature.id = candidate.id;
    accepted.push(feature);
  });
  return accepted;
}

function placeOf(number: number, properties: Record<string, string | number>): ProblemPlace {
  const column = nameColumn(Object.keys(properties));
  const name = column === null ? "" : cleanName(String(properties[column]));
  return name ? { kind: "feature", number, name } : { kind: "feature", number };
}

// Six decimals (about 0.1 m) are plenty to find the position in a message.
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
