import { describe, expect, it } from "vitest";
import { validFeature } from "../../tests/support/fixtures";
import { combineProjectFiles, type FileOutcome } from "./combine-project-files";
import { formatProblem } from "./problem";
import { validateCollection } from "./validate-collection";

function feature(id: string) {
  const base = validFeature();
  return { ...base, id, properties: { ...base.properties, id } };
}

function read(file: string, features: unknown[]): FileOutcome {
  const result = validateCollection({ type: "FeatureCollection", features }, { fileName: file });
  return { file, state: "read", result };
}

describe("combineProjectFiles", () => {
  it("leaves every copy of an id used in two files off the map and names each file", () => {
    const outcomes = [
      read("first.geojson", [feature("a"), feature("b")]),
      read("second.geojson", [feature("a")]),
    ];
    const combined = combineProjectFiles(outcomes);
    expect(combined.features.map((found) => found.id)).toEqual(["b"]);
    expect(combined.skipped).toBe(2);
    expect(combined.problems.map(formatProblem)).toEqual([
      'first.geojson: a: id: "a" is also used in second.geojson; every copy is left off the map until the id is unique',
      'second.geojson: a: id: "a" is also used in first.geojson; every copy is left off the map until the id is unique',
    ]);
  });

  it("gives the same result whichever file arrives first", () => {
    const first = read("railway.geojson", [feature("a"), feature("b")]);
    const second = read("other.geojson", [feature("a"), feature("c")]);
    expect(combineProjectFiles([second, first])).toEqual(combineProjectFiles([first, second]));
  });

  it("counts projects left off, not problems: two faults of one feature are one missing project", () => {
    const bad = feature("bad");
    Object.assign(bad.properties, { pillar: "sky", status: "soon" });
    const combined = combineProjectFiles([read("railway.geojson", [bad, feature("good")])]);
    expect([combined.problems.length, combined.skipped, combined.features.length]).toEqual([2, 1, 1]);
  });

  it("names an unreadable file instead of counting it as one project", () => {
    const broken: FileOutcome = {
      file: "urban.geojson",
      state: "read",
      result: validateCollection("{ not json", { fileName: "urban.geojson" }),
    };
    const combined = combineProjectFiles([broken, read("railway.geojson", [feature("a")])]);
    expect([combined.unreadable, combined.skipped, combined.features.length]).toEqual([
      ["urban.geojson"],
      0,
      1,
    ]);
  });

  it("lists the files still arriving and those that failed", () => {
    const combined = combineProjectFiles([
      { file: "urban.geojson", state: "pending" },
      { file: "airport.geojson", state: "failed", detail: "HTTP 404" },
      read("railway.geojson", [feature("a")]),
    ]);
    expect([combined.pending, combined.failures]).toEqual([
      ["urban.geojson"],
      [{ file: "airport.geojson", detail: "HTTP 404" }],
    ]);
  });
});
