import { describe, expect, it } from "vitest";
import { formatGeoJson, layoutOf } from "./format-geojson";

describe("formatGeoJson", () => {
  it("writes two-space JSON with one position per line", () => {
    const line = {
      type: "LineString",
      coordinates: [
        [120.75, 30.75],
        [120.85, 30.75],
      ],
    };
    expect(formatGeoJson(line)).toBe(
      '{\n  "type": "LineString",\n  "coordinates": [\n    [120.75, 30.75],\n    [120.85, 30.75]\n  ]\n}\n',
    );
  });

  it("keeps a list of strings on one line and empty containers compact", () => {
    expect(formatGeoJson({ counties: ["330402", "330411"], note: {}, parts: [] })).toBe(
      '{\n  "counties": ["330402", "330411"],\n  "note": {},\n  "parts": []\n}\n',
    );
  });
});

describe("feature-per-line layout", () => {
  const collection = {
    type: "FeatureCollection",
    features: [
      { type: "Feature", id: "a" },
      { type: "Feature", id: "b" },
    ],
  };
  const text =
    '{"type":"FeatureCollection","features":[\n{"type":"Feature","id":"a"},\n{"type":"Feature","id":"b"}\n]}\n';

  it("writes one compact feature per line", () => {
    expect(formatGeoJson(collection, "feature-per-line")).toBe(text);
  });

  it("is recognised, so a rewrite keeps a file's layout", () => {
    expect([layoutOf(text), layoutOf(formatGeoJson(collection))]).toEqual(["feature-per-line", "indented"]);
  });
});
