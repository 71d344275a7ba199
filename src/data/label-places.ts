// Projects named at one place. The airport, the aviation logistics hub on the same spot and the airport's
// peripheral works around it were three names stacked on one point (MapLibre finds a free anchor for
// each). Names whose anchors lie within LABEL_PLACE_METRES of each other are marked as sharing a place:
// the label layers give them one common anchor, so they collide and MapLibre writes only the first
// (points before zones, then in data order) — whichever of them the filters show.
import type { Feature, FeatureCollection, Point, Position } from "geojson";
import { cosineOfLatitude, KILOMETRES_PER_DEGREE } from "../geo/local-distance";
import { zoneLabelPoints } from "./zone-label-points";

// About a block: closer than this, two names read as naming one place at any zoom the labels show.
export const LABEL_PLACE_METRES = 300;

export interface LabelledProjects {
  projects: FeatureCollection; // the projects, each with label_shared and label_rank
  zoneLabels: FeatureCollection<Point>; // one label point per zone, likewise marked
}

interface Anchor {
  id: string;
  position: Position;
}

/** For each anchor in a place with others: its rank there (0 is named first). */
export function sharedPlaces(anchors: readonly Anchor[]): Map<string, number> {
  const cell = LABEL_PLACE_METRES / 1000 / KILOMETRES_PER_DEGREE; // degrees of latitude
  const grid = new Map<string, number[]>();
  const key = (x: number, y: number) => `${x},${y}`;
  const parent = anchors.map((_, index) => index);
  const root = (index: number): number => {
    let found = index;
    while (parent[found] !== found) found = parent[found] as number;
    return found;
  };
  anchors.forEach(({ position: [longitude = 0, latitude = 0] }, index) => {
    const scale = cosineOfLatitude(latitude);
    const x = Math.floor((longitude * scale) / cell);
    const y = Math.floor(latitude / cell);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const other of grid.get(key(x + dx, y + dy)) ?? []) {
          const [otherLongitude = 0, otherLatitude = 0] = anchors[other]?.position ?? [];
          const east = (longitude - otherLongitude) * scale;
          const north = latitude - otherLatitude;
          if (Math.hypot(east, north) <= cell) parent[root(index)] = root(other);
        }
      }
    }
    grid.set(key(x, y), [...(grid.get(key(x, y)) ?? []), index]);
  });
  const groups = new Map<number, number[]>();
  for (const index of anchors.keys()) groups.set(root(index), [...(groups.get(root(index)) ?? []), index]);
  const ranks = new Map<string, number>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const [rank, member] of members.entries()) ranks.set(anchors[member]?.id as string, rank);
  }
  return ranks;
}

const cache = new WeakMap<FeatureCollection, LabelledProjects>();

/** The projects and their zones' label points, marked where names share a place. */
export function labelledProjects(projects: FeatureCollection): LabelledProjects {
  const kept = cache.get(projects);
  if (kept) return kept;
  const zoneLabels = zoneLabelPoints(projects);
  const idOf = (feature: Feature) => String(feature.properties?.id ?? "");
  // Points first: a site is named before the zone drawn around it.
  const anchors: Anchor[] = [
    ...projects.features
      .filter((feature) => feature.geometry?.type === "Point")
      .map((feature) => ({ id: idOf(feature), position: (feature.geometry as Point).coordinates })),
    ...zoneLabels.features.map((feature) => ({ id: idOf(feature), position: feature.geometry.coordinates })),
  ];
  const ranks = sharedPlaces(anchors);
  const mark = <G extends Feature>(feature: G): G => ({
    ...feature,
    properties: {
      ...feature.properties,
      label_shared: ranks.has(idOf(feature)),
      label_rank: ranks.get(idOf(feature)) ?? 0,
    },
  });
  const labelled = {
    projects: { ...projects, features: projects.features.map(mark) },
    zoneLabels: { ...zoneLabels, features: zoneLabels.features.map(mark) },
  };
  cache.set(projects, labelled);
  return labelled;
}
