import { createExpression } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { stagesAtYear } from "../filters/stages-at-year";
import { progressColour, progressHollow } from "./progress-expressions";
import { PROGRESS_COLOURS } from "./theme";

const entry = (project: string, date: string, stage: "approved" | "opened") => ({
  project,
  date,
  stage,
  text_zh: "",
  text_en: "",
  source_url: "https://example.org/",
  source_title: "",
  source_excerpt: "",
});

function evaluate(expression: unknown, id: string, progressStages: Record<string, string>) {
  const compiled = createExpression(expression, "layers[0].paint.line-color", null, {
    progressStages,
    mapView: "progress",
  });
  if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 10 } as never, { type: 2, properties: { id } } as never);
}

describe("the progress view's expressions", () => {
  const lookup = stagesAtYear([entry("a", "2021-06-28", "opened"), entry("b", "2022", "approved")], 2021);

  it("leaves projects with nothing recorded by then out of the lookup", () => {
    expect(lookup).toEqual({ a: "opened" });
  });

  it("colours a project by its stage, and one missing from the lookup as no record", () => {
    const colour = (id: string) => evaluate(progressColour(), id, lookup).toString();
    expect(colour("a")).toBe(PROGRESS_COLOURS.opened);
    expect(colour("b")).toBe(PROGRESS_COLOURS["no-record"]);
    expect(evaluate(progressHollow, "a", lookup)).toBe(false);
    expect(evaluate(progressHollow, "b", lookup)).toBe(true);
  });
});
