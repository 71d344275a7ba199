import type { BBox } from "geojson";
import { describe, expect, it } from "vitest";
import type { PlaceName, SupplementaryPlace } from "./place-names";
import { selectPlaces } from "./places";
import type { GeonamesCity } from "./sources";

const BOX: BBox = [120, 30, 121, 31];
const NAMES: Record<string, PlaceName> = {
  Tongxiang: { name_zh: "桐乡", name_en: "Tongxiang", kind: "county-seat", rank: 2 },
  Wuzhen: { name_zh: "乌镇", name_en: "Wuzhen", kind: "town", rank: 3 },
};

function city(name: string, longitude: number, latitude: number, country = "CN"): GeonamesCity {
  return { name, lat: String(latitude), lng: String(longitude), country, admin1: "02", admin2: "3304" };
}

const TONGXIANG = city("Tongxiang", 120.56081, 30.63287);
const WUZHEN = city("Wuzhen", 120.4851, 30.74536);

describe("selectPlaces", () => {
  it("gives each named GeoNames place its Chinese name, kind and rank", () => {
    const [first] = selectPlaces([TONGXIANG, WUZHEN], [], BOX, NAMES);
    expect(first?.properties).toEqual({
      name_zh: "桐乡",
      name_en: "Tongxiang",
      kind: "county-seat",
      rank: 2,
      source: "GeoNames",
    });
  });

  it("drops GeoNames places that have no entry in the name table", () => {
    const places = selectPlaces([TONGXIANG, WUZHEN, city("Nowhere", 120.5, 30.5)], [], BOX, NAMES);
    expect(places.map((place) => place.properties.name_en)).toEqual(["Tongxiang", "Wuzhen"]);
  });

  it("ignores same-named places outside the box or outside China", () => {
    const elsewhere = [city("Wuzhen", 110, 25), city("Tongxiang", 120.5, 30.5, "TW")];
    expect(selectPlaces([TONGXIANG, WUZHEN, ...elsewhere], [], BOX, NAMES)).toHaveLength(2);
  });

  it("refuses a name that matches two places in the box", () => {
    expect(() => selectPlaces([TONGXIANG, WUZHEN, city("Wuzhen", 120.6, 30.6)], [], BOX, NAMES)).toThrow(
      /Wuzhen/,
    );
  });

  it("adds supplementary places with their source, ordered by rank", () => {
    const pinghu: SupplementaryPlace = {
      name_zh: "平湖",
      name_en: "Pinghu",
      kind: "county-seat",
      rank: 1,
      longitude: 121.016667,
      latitude: 30.7,
      source: "Wikipedia (de: Pinghu)",
    };
    const [first] = selectPlaces([TONGXIANG, WUZHEN], [pinghu], BOX, NAMES);
    expect(first?.geometry.coordinates).toEqual([121.01667, 30.7]);
  });
});
