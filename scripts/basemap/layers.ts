// Builds each basemap layer from the sources. Fills are clipped to Natural Earth land so that Hangzhou
// Bay and the Qiantang estuary, which the administrative boundaries run out into, read as water. Land
// reaches past everything the camera can show (COVERAGE_BBOX); neighbours end at their own borders.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { type DivisionName, findDivision, JIAXING, JIAXING_COUNTIES, NEIGHBOURS } from "./divisions";
import { type Area, COVERAGE_BBOX, clip, clipToBox, finishArea, unite } from "./geometry";
import type { DivisionFeature } from "./sources";

/** Parts and holes under 0.05 km² (50 000 m²) are clipping debris, not features worth drawing. */
const MINIMUM_PART_SQUARE_METRES = 50_000;

export type DivisionArea = Feature<Area, DivisionName>;

function divisionArea(division: DivisionName, geometry: Area, withId: boolean): DivisionArea {
  const properties = { adcode: division.adcode, name_zh: division.name_zh, name_en: division.name_en };
  return withId
    ? { type: "Feature", id: division.adcode, properties, geometry }
    : { type: "Feature", properties, geometry };
}

function required(geometry: Area | null, what: string): Area {
  if (!geometry) throw new Error(`${what} is empty after clipping`);
  return geometry;
}

/** The land inside the coverage box, unrounded, used as the clipping mask for every fill. */
export function landInBox(land: Feature<Polygon | MultiPolygon>): Area {
  return required(clipToBox(land.geometry, COVERAGE_BBOX), "land in the coverage box");
}

export function buildLand(landMask: Area): FeatureCollection<Area> {
  const geometry = required(finishArea(landMask, MINIMUM_PART_SQUARE_METRES), "land");
  return { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry }] };
}

/** The seven counties clipped to land, unrounded; `finishCounties` rounds them for output. */
export function clipCounties(level3: readonly DivisionFeature[], landMask: Area): DivisionArea[] {
  return JIAXING_COUNTIES.map((county) => {
    const source = findDivision(level3, county).geometry;
    return divisionArea(county, required(clip(source, landMask), county.adcode), true);
  });
}

export function finishCounties(clipped: readonly DivisionArea[]): FeatureCollection<Area, DivisionName> {
  const features = clipped.map((county) =>
    divisionArea(
      county.properties,
      required(finishArea(county.geometry, MINIMUM_PART_SQUARE_METRES), county.properties.adcode),
      true,
    ),
  );
  return { type: "FeatureCollection", features };
}

/** Jiaxing's outline as the union of its unrounded clipped counties, so shared borders dissolve exactly. */
export function buildCityOutline(clipped: readonly DivisionArea[]): FeatureCollection<Area, DivisionName> {
  const merged = required(unite(clipped.map((county) => county.geometry)), "Jiaxing outline");
  const geometry = required(finishArea(merged, MINIMUM_PART_SQUARE_METRES), "Jiaxing outline");
  return { type: "FeatureCollection", features: [divisionArea(JIAXING, geometry, true)] };
}

export function buildNeighbours(
  level2: readonly DivisionFeature[],
  landMask: Area,
): FeatureCollection<Area, DivisionName> {
  const features = NEIGHBOURS.map((neighbour) => {
    const source = findDivision(level2, neighbour).geometry;
    const clipped = required(clip(source, landMask), neighbour.adcode);
    return divisionArea(
      neighbour,
      required(finishArea(clipped, MINIMUM_PART_SQUARE_METRES), neighbour.adcode),
      true,
    );
  });
  return { type: "FeatureCollection", features };
}
