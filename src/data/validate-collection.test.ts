import { describe, expect, it } from "vitest";
import {
  fixtureCounties,
  fixtureOutline,
  fixturePlan,
  fixtureText,
  validFeature,
} from "../../tests/support/fixtures";
import { countyCheck } from "../analysis/county-check";
import { formatProblem } from "./problem";
import { validateCollection } from "./validate-collection";
import { REGION_TEXT } from "./validate-coordinates";

const options = { planText: fixturePlan, checks: [countyCheck(fixtureCounties, fixtureOutline)] };
const id = "hangzhou-haining-intercity-railway";

function linesFor(name: string): string[] {
  const result = validateCollection(fixtureText(`invalid/${name}`), { ...options, fileName: name });
  return result.problems.map(formatProblem);
}

describe("validateCollection on the fixtures of tests/fixtures/invalid, one fault each", () => {
  it.each([
    ["unknown-pillar.geojson", `pillar: "hubb" is not one of hub, innovation, quality, openness`],
    [
      "unknown-status.geojson",
      `status: "underway" is not one of planning, preliminary, start, construction, completion, operation`,
    ],
    ["missing-required-field.geojson", "name_en: missing; it is a required property"],
    [
      "duplicate-id.geojson",
      `id: "${id}" is already used by an earlier feature in this file; ids must be unique`,
    ],
    [
      "id-mismatch.geojson",
      `id: the feature id "hangzhou-haining-railway" differs from properties.id "${id}"`,
    ],
    [
      "foreign-member.geojson",
      "title: foreign member on the Feature; the contract allows only type, id, geometry, properties",
    ],
    [
      "quote-not-in-plan.geojson",
      'source_quote: not found verbatim in the plan: the plan has "杭海城际铁路" but then differs at "年内建成通车。"',
    ],
    [
      "counties-inconsistent.geojson",
      'counties: ["330402"] is wrong: missing 330411, which the geometry touches; run npm run data:counties to rewrite it from the geometry',
    ],
    [
      "beyond-city-inconsistent.geojson",
      "beyond_city: is false but part of the geometry lies more than 1 km outside the city; run npm run data:counties to rewrite it from the geometry",
    ],
    [
      "wrong-winding.geojson",
      "geometry: exterior ring is clockwise; by the right-hand rule (RFC 7946 §3.1.6) exterior rings run counterclockwise: reverse its positions",
    ],
    [
      "swapped-lon-lat.geojson",
      `geometry: 2 positions (the first [30.75, 120.75]) lie outside the region (${REGION_TEXT}) but inside it when swapped: latitude and longitude look swapped; GeoJSON order is [longitude, latitude]`,
    ],
  ])("%s yields exactly its own problem", (name, expected) => {
    expect(linesFor(name)).toEqual([`${name}: ${id}: ${expected}`]);
  });

  it("broken-json.geojson yields a JSON problem with its line and column", () => {
    // The parser's own wording differs between engines; the file, field and position must not.
    const lines = linesFor("broken-json.geojson");
    expect([lines.length, lines[0]]).toEqual([
      1,
      expect.stringMatching(/^broken-json\.geojson: -: json: not valid JSON: .*line 19 column 9/),
    ]);
  });
});

describe("validateCollection", () => {
  it("returns every feature of a valid file and no problems", () => {
    const result = validateCollection(fixtureText("valid/railway.geojson"), {
      ...options,
      fileName: "railway.geojson",
    });
    expect([result.features.length, result.problems]).toEqual([3, []]);
  });

  it("skips a bad feature and keeps the good ones", () => {
    const bad = {
      ...validFeature(),
      id: "x",
      properties: { ...validFeature().properties, id: "x", pillar: "hubb" },
    };
    const result = validateCollection(
      { type: "FeatureCollection", features: [bad, validFeature()] },
      { fileName: "f" },
    );
    expect(result.features.map((feature) => feature.id)).toEqual([id]);
  });

  it("keeps a feature whose only fault is an unknown property, and reports it", () => {
    const feature = validFeature();
    feature.properties.colour = "red";
    const result = validateCollection({ type: "FeatureCollection", features: [feature] }, { fileName: "f" });
    expect([result.features.length, result.problems.map((found) => found.field)]).toEqual([1, ["colour"]]);
  });

  it("catches an id used in an earlier file through the shared seenIds", () => {
    const seenIds = new Set<string>();
    const collection = { type: "FeatureCollection", features: [validFeature()] };
    validateCollection(collection, { fileName: "railway.geojson", seenIds });
    const second = validateCollection(collection, { fileName: "highway.geojson", seenIds });
    expect(second.problems.map((found) => found.message)).toContain(
      `"${id}" is already used by a feature in another project file; ids must be unique`,
    );
  });

  it("names a feature without an id by its position in the file", () => {
    const { id: _, ...feature } = validFeature();
    const properties = { ...feature.properties, id: undefined };
    const result = validateCollection(
      { type: "FeatureCollection", features: [{ ...feature, properties }] },
      { fileName: "f" },
    );
    expect(formatProblem(result.problems[0] ?? { file: "", featureId: "", field: "", message: "" })).toMatch(
      /^f: -: .* \(feature 1 of 1 in the file\)$/,
    );
  });

  it("reports a file that is not a FeatureCollection and returns nothing", () => {
    const result = validateCollection([], { fileName: "f" });
    expect(result.problems.map(formatProblem)).toEqual([
      "f: -: type: the file holds an array, not a FeatureCollection",
    ]);
  });
});

describe("counties against the geometry", () => {
  it("names a listed county the geometry does not touch", () => {
    const feature = validFeature();
    feature.properties.counties = ["330402", "330411", "330421"];
    const result = validateCollection(
      { type: "FeatureCollection", features: [feature] },
      { ...options, fileName: "f" },
    );
    expect(result.problems.map((found) => found.message)).toEqual([
      '["330402","330411","330421"] is wrong: lists 330421, which the geometry does not touch; run npm run data:counties to rewrite it from the geometry',
    ]);
  });
});
