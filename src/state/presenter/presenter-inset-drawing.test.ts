import { describe, expect, it } from "vitest";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { Bounds } from "../../geo/coordinates";
import { PRESENTATION_THEME } from "../../layers/theme";
import { insetDrawing } from "./presenter-inset-drawing";

const CITY: Bounds = [120.28, 30.21, 121.3, 31.04];
const outline = {
  type: "FeatureCollection" as const,
  features: [
    {
      type: "Feature" as const,
      properties: {},
      geometry: {
        type: "Polygon" as const,
        coordinates: [
          [
            [120.28, 30.21],
            [121.3, 30.21],
            [121.3, 31.04],
            [120.28, 31.04],
            [120.28, 30.21],
          ],
        ],
      },
    },
  ],
};
// A line from Nantong (north, 32.0° N) to Ningbo (south, 29.87° N) through the city.
const throughLine = {
  type: "Feature",
  geometry: {
    type: "LineString",
    coordinates: [
      [120.9, 32.0],
      [120.75, 30.75],
      [121.55, 29.87],
    ],
  },
  properties: { id: "through-line", status: "preliminary" },
} as unknown as IndexedFeature;

function numbers(d: string): number[] {
  return (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

describe("insetDrawing", () => {
  const drawing = insetDrawing({
    land: undefined,
    cityOutline: outline,
    city: CITY,
    shown: [throughLine],
    highlight: ["through-line"],
    frame: CITY,
    theme: PRESENTATION_THEME,
    name: "嘉兴",
  });

  it("draws the whole line inside the square, the city outline, and names Jiaxing at the city's middle", () => {
    for (const path of drawing.paths) {
      for (const value of numbers(path.d)) expect(value).toBeGreaterThanOrEqual(-1);
      for (const value of numbers(path.d)) expect(value).toBeLessThanOrEqual(drawing.size + 1);
    }
    expect(drawing.paths.some((path) => path.stroke === PRESENTATION_THEME.cityOutline)).toBe(true);
    expect(drawing.labels).toHaveLength(1);
    expect(drawing.labels[0]?.text).toBe("嘉兴");
    const [x, y] = [drawing.labels[0]?.x ?? 0, drawing.labels[0]?.y ?? 0];
    expect(x).toBeGreaterThan(drawing.size * 0.3);
    expect(x).toBeLessThan(drawing.size * 0.7);
    expect(y).toBeGreaterThan(drawing.size * 0.3);
    expect(y).toBeLessThan(drawing.size * 0.7);
  });

  it("outlines a highlighted line under its status colour, and frames what the big map shows", () => {
    const strokes = drawing.paths.map((path) => path.stroke);
    const outlineAt = strokes.indexOf(PRESENTATION_THEME.highlight);
    expect(strokes[outlineAt + 1]).toBe(PRESENTATION_THEME.statusColours.preliminary);
    expect(drawing.paths.at(-1)?.dash).toBeDefined();
  });
});
