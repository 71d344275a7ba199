import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { serialiseCollection } from "./write-geojson";

const COLLECTION: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { name: "a" }, geometry: { type: "Point", coordinates: [120, 30] } },
    { type: "Feature", properties: { name: "b" }, geometry: { type: "Point", coordinates: [121, 31] } },
  ],
};

describe("serialiseCollection", () => {
  it("writes text that parses back to the same collection", () => {
    expect(JSON.parse(serialiseCollection(COLLECTION))).toEqual(COLLECTION);
  });

  it("puts each feature on its own line", () => {
    const lines = serialiseCollection(COLLECTION).trimEnd().split("\n");
    expect(lines).toHaveLength(COLLECTION.features.length + 2);
  });
});
