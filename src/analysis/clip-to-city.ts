// Catchments are drawn only over the city's own land: beyond it (neighbouring cities, Hangzhou Bay) no
// land is measured, so a fill there would suggest a coverage the table does not claim. The city's land
// is the union of its counties, merged once per county collection.
import { featureCollection, intersect, union } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";

const cityLand = new WeakMap<object, Feature<Polygon | MultiPolygon> | null>();

export function cityLandOf(counties: CountyCollection): Feature<Polygon | MultiPolygon> | null {
  if (!cityLand.has(counties)) {
    const features = counties.features.filter((feature) => feature.geometry);
    const merged =
      features.length > 1
        ? union(featureCollection(features as Feature<Polygon | MultiPolygon>[]))
        : (features[0] ?? null);
    cityLand.set(counties, merged);
  }
  return cityLand.get(counties) ?? null;
}

/** Each feature's polygons cut to the city's land, its properties kept; a feature wholly outside goes. */
export function clipToCity<P extends object>(
  collection: FeatureCollection<Polygon | MultiPolygon, P>,
  counties: CountyCollection,
): FeatureCollection<Polygon | MultiPolygon, P> {
  const land = cityLandOf(counties);
  if (!land) return collection;
  const features = collection.features.flatMap((feature) => {
    const inside = intersect(featureCollection([feature, land]));
    return inside ? [{ ...feature, geometry: inside.geometry }] : [];
  });
  return { type: "FeatureCollection", features };
}
