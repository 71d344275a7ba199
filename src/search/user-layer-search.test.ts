import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { searchUserLayers } from "./user-layer-search";

function point(properties: Record<string, string | number>): Feature {
  return { type: "Feature", geometry: { type: "Point", coordinates: [120.7, 30.7] }, properties };
}
function layer(id: string, features: Feature[]) {
  return { id, name: `${id} layer`, features: { type: "FeatureCollection", features } as FeatureCollection };
}

const SCHOOLS = layer("schools", [
  point({ 名称: "秀洲实验小学", kind: "school" }),
  point({ 名称: "实验中学" }),
  point({ 名称: "南湖中学" }),
]);
const PARKS = layer("parks", [point({ NAME: "Jiaxing Science Park" }), point({ NAME: "Haining Park" })]);

describe("searchUserLayers", () => {
  it("finds features by the layer's own name column, best placed first", () => {
    const found = searchUserLayers([SCHOOLS], "实验");
    expect(found.map((match) => match.name)).toEqual(["实验中学", "秀洲实验小学"]);
    expect(found[0]).toMatchObject({
      layerId: "schools",
      layerName: "schools layer",
      index: 1,
      range: [0, 2],
    });
  });

  it("folds case and width and names the matched characters", () => {
    const [first] = searchUserLayers([PARKS], "ＳＣＩＥＮＣＥ");
    expect(first?.name).toBe("Jiaxing Science Park");
    expect(first?.name.slice(...(first?.range ?? [0, 0]))).toBe("Science");
  });

  it("searches every layer, keeps the limit and finds nothing for a blank query", () => {
    expect(searchUserLayers([SCHOOLS, PARKS], "park").map((match) => match.layerId)).toEqual([
      "parks",
      "parks",
    ]);
    expect(searchUserLayers([SCHOOLS, PARKS], "中学", 1)).toHaveLength(1);
    expect(searchUserLayers([SCHOOLS], "   ")).toEqual([]);
    expect(searchUserLayers([SCHOOLS], 42)).toEqual([]);
  });

  it("skips layers without a name column rather than matching other properties", () => {
    const unnamed = layer("unnamed", [point({ kind: "school" })]);
    expect(searchUserLayers([unnamed], "school")).toEqual([]);
  });
});

describe("searchUserLayers on a layer searched before", () => {
  it("answers the same the second time and reads a layer's new features afresh", () => {
    expect(searchUserLayers([SCHOOLS], "中学").map((match) => match.name)).toEqual(["实验中学", "南湖中学"]);
    expect(searchUserLayers([SCHOOLS], "中学").map((match) => match.name)).toEqual(["实验中学", "南湖中学"]);
    const renamed = layer("schools", [point({ 名称: "嘉兴中学" })]);
    expect(searchUserLayers([renamed], "中学")).toMatchObject([{ name: "嘉兴中学", range: [2, 4] }]);
  });
});
