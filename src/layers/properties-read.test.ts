// The app hands MapLibre each project source with only the properties its layers read: a property
// missing there would silently change what the map draws, so every filter, layout and paint value is
// evaluated on the shipped projects, whole and cut down, and must agree.
import { readdirSync, readFileSync } from "node:fs";
import { createExpression, type LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { ProjectFeature } from "../data/project-schema";
import { indexFeature } from "../filters/indexed-properties";
import { buildFontFaces } from "./font-faces";
import { GLOBAL_STATE_DEFAULTS } from "./global-state";
import { EMPTY_BASEMAP, mapStyle } from "./map-style";
import { PROJECT_SOURCE } from "./project-layer-ids";
import { keepProperties, propertiesRead } from "./properties-read";
import { STANDARD_THEME } from "./theme";

const projects: FeatureCollection = {
  type: "FeatureCollection",
  features: readdirSync("data/projects").flatMap((file) =>
    (JSON.parse(readFileSync(`data/projects/${file}`, "utf8")).features as ProjectFeature[]).map(
      indexFeature,
    ),
  ),
};

function styleWith(projectProperties: "read" | "all") {
  return mapStyle({
    theme: STANDARD_THEME,
    fontFaces: buildFontFaces({ latin: "U+0000-00FF" }, { latin: "/a.woff2" }),
    basemap: EMPTY_BASEMAP,
    projects,
    attribution: "test",
    projectProperties,
  });
}

const GEOMETRY_TYPES: Record<string, number> = { Point: 1, LineString: 2, Polygon: 3 };

// What a layer's filter gives for one feature in one state, and for a feature it keeps, each of its
// layout and paint values.
function evaluated(layer: LayerSpecification, feature: Feature, globalState: Record<string, unknown>) {
  const input = {
    type: GEOMETRY_TYPES[feature.geometry.type] ?? 3,
    id: feature.properties?.id,
    properties: feature.properties ?? {},
  };
  const evaluate = (key: string, value: unknown): string => {
    const compiled = createExpression(value, `layers.${layer.id}.${key}`, null, globalState);
    if (compiled.result !== "success") return JSON.stringify(value);
    try {
      return JSON.stringify(compiled.value.evaluate({ zoom: 12 } as never, input as never, {}));
    } catch (error) {
      return String(error);
    }
  };
  const kept = "filter" in layer && layer.filter ? evaluate("filter", layer.filter) : "true";
  if (kept !== "true") return [kept];
  const values = Object.entries({ ...layer.layout, ...layer.paint });
  return [kept, ...values.map(([key, value]) => `${key}: ${evaluate(key, value)}`)];
}

describe("the properties a source's layers read", () => {
  it("finds get and has in filters, layout and paint, and token strings, on that source only", () => {
    const layers: LayerSpecification[] = [
      {
        id: "a",
        type: "symbol",
        source: "s",
        filter: ["has", "kind"],
        layout: { "text-field": "{name}", "icon-image": ["get", "icon"] },
        paint: { "text-color": ["match", ["get", "status"], "x", "#000", "#fff"] },
      },
      { id: "b", type: "line", source: "other", paint: { "line-width": ["get", "width"] } },
    ];
    expect([...(propertiesRead(layers, "s") ?? [])].sort()).toEqual(["icon", "kind", "name", "status"]);
  });

  it("reads the key of a lookup in an object, not the object's own names, nor a literal's contents", () => {
    const layers: LayerSpecification[] = [
      {
        id: "a",
        type: "line",
        source: "s",
        filter: ["in", "x", ["literal", ["get", "not-a-property"]]],
        paint: { "line-color": ["get", ["get", "id"], ["object", ["global-state", "colours"]]] },
      },
    ];
    expect([...(propertiesRead(layers, "s") ?? [])]).toEqual(["id"]);
  });

  it("gives up (keeps every property) on a computed name or the whole properties object", () => {
    const computed: LayerSpecification = {
      id: "a",
      type: "line",
      source: "s",
      paint: { "line-color": ["get", ["concat", "colour_", ["global-state", "language"]]] },
    };
    const whole: LayerSpecification = {
      id: "b",
      type: "line",
      source: "s",
      filter: ["has", "x", ["properties"]],
    };
    expect(propertiesRead([computed], "s")).toBeNull();
    expect(propertiesRead([whole], "s")).toBeNull();
  });

  it("keeps only the named properties and shares the geometry", () => {
    const feature: Feature = {
      type: "Feature",
      id: "p",
      geometry: { type: "Point", coordinates: [120.7, 30.7] },
      properties: { id: "p", status: "start", source_quote: "long text" },
    };
    const kept = keepProperties(
      { type: "FeatureCollection", features: [feature] },
      new Set(["id", "status", "no"]),
    );
    expect(kept.features[0]?.properties).toEqual({ id: "p", status: "start" });
    expect(kept.features[0]?.geometry).toBe(feature.geometry);
    expect(kept.features[0]?.id).toBe("p");
    expect(feature.properties).toHaveProperty("source_quote");
  });
});

describe("the app's project sources", () => {
  const whole = styleWith("all");
  const cut = styleWith("read");
  const dataOf = (style: ReturnType<typeof styleWith>, id: string) => {
    const source = style.sources[id];
    return (source?.type === "geojson" ? source.data : null) as FeatureCollection;
  };

  it("carry a fraction of the projects' properties", () => {
    const before = JSON.stringify(dataOf(whole, PROJECT_SOURCE)).length;
    const after = JSON.stringify(dataOf(cut, PROJECT_SOURCE)).length;
    expect(after).toBeLessThan(before * 0.6);
    expect(dataOf(cut, PROJECT_SOURCE).features[0]?.properties).not.toHaveProperty("source_quote");
    expect(dataOf(cut, PROJECT_SOURCE).features[0]?.properties).toHaveProperty("id");
  });

  // Languages, the progress view and active filters each take other branches of the expressions.
  const states: Record<string, unknown>[] = [
    GLOBAL_STATE_DEFAULTS as unknown as Record<string, unknown>,
    {
      ...GLOBAL_STATE_DEFAULTS,
      language: "en",
      mapView: "progress",
      query: "铁路",
      countyFilterActive: true,
    },
  ];

  it("draw every project as the whole projects would, in every layer", () => {
    let compared = 0;
    for (const layer of cut.layers) {
      if (!("source" in layer) || typeof layer.source !== "string") continue;
      const cutFeatures = dataOf(cut, layer.source)?.features ?? [];
      const wholeFeatures = dataOf(whole, layer.source)?.features ?? [];
      expect(cutFeatures.length).toBe(wholeFeatures.length);
      cutFeatures.forEach((feature, index) => {
        for (const state of states) {
          expect(evaluated(layer, feature, state)).toEqual(
            evaluated(layer, wholeFeatures[index] as Feature, state),
          );
          compared += 1;
        }
      });
    }
    // 41 projects in the shape, corridor and name sources, two states each.
    expect(compared).toBeGreaterThan(800);
  });
});
