import { describe, expect, it } from "vitest";
import { formatProblem, problem } from "./problem";

describe("formatProblem", () => {
  it("reads file: feature id: field: what is wrong", () => {
    const found = problem(
      "railway.geojson",
      "hangzhou-haining-intercity-railway",
      "pillar",
      '"hubb" is not one of …',
    );
    expect(formatProblem(found)).toBe(
      'railway.geojson: hangzhou-haining-intercity-railway: pillar: "hubb" is not one of …',
    );
  });

  it("writes - for a missing feature id", () => {
    expect(formatProblem(problem("x.geojson", null, "json", "not valid JSON"))).toBe(
      "x.geojson: -: json: not valid JSON",
    );
  });
});
