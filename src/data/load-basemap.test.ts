import { describe, expect, it } from "vitest";
import { BASEMAP_SOURCES } from "./basemap-schema";
import { loadBasemap, parseCollection } from "./load-basemap";

const square = JSON.stringify({
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { name_zh: "甲" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    },
  ],
});

function serve(files: Record<string, string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const body = files[String(input)];
    return body === undefined ? new Response("", { status: 404 }) : new Response(body);
  }) as typeof fetch;
}

describe("loadBasemap", () => {
  it("loads every basemap file that is present and sound", async () => {
    const names = [...BASEMAP_SOURCES];
    const urls = Object.fromEntries(names.map((name) => [`${name}.geojson`, `/${name}`]));
    const files = Object.fromEntries(names.map((name) => [`/${name}`, square]));
    const loaded = await loadBasemap(urls, serve(files));
    expect(loaded.problems).toEqual([]);
    expect(loaded.collections.counties.features).toHaveLength(1);
  });

  it("replaces a missing, unreachable or corrupt file by an empty layer and says which", async () => {
    const urls = { "land.geojson": "/land", "counties.geojson": "/counties", "places.geojson": "/places" };
    const loaded = await loadBasemap(urls, serve({ "/land": square, "/counties": "{oops" }));
    expect(loaded.collections.counties.features).toEqual([]);
    expect(loaded.collections.land.features).toHaveLength(1);
    expect(loaded.problems).toEqual(
      expect.arrayContaining([
        { file: "counties.geojson", message: "is not valid JSON" },
        { file: "places.geojson", message: "could not be loaded (HTTP 404)" },
        { file: "neighbours.geojson", message: "missing from the build" },
      ]),
    );
  });
});

describe("parseCollection", () => {
  it("rejects GeoJSON that is not a FeatureCollection", () => {
    expect(parseCollection(JSON.stringify({ type: "Point", coordinates: [0, 0] }))).toBe(
      "is not a FeatureCollection",
    );
  });

  it("rejects an invalid geometry with the validator's reason", () => {
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: "x" } }],
    });
    expect(parseCollection(text)).toMatch(/^is not valid GeoJSON \(/);
  });
});
