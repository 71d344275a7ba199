// Every colour the app draws comes from the theme (src/layers/theme.ts): a colour written anywhere else
// drifts from the map (the legend once drew the highway casing grey while the map drew it white).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SOURCE = resolve(import.meta.dirname, "..");
const THEME = resolve(import.meta.dirname, "theme.ts");
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the theme owns every colour", () => {
  it("finds no colour literal in src/**/*.ts(x) outside the theme module", () => {
    const offenders = sourceFiles(SOURCE)
      .filter((path) => path !== THEME)
      .flatMap((path) =>
        readFileSync(path, "utf8")
          .split("\n")
          .map((line, index) => ({ line, where: `${relative(SOURCE, path)}:${index + 1}` }))
          .filter(({ line }) => COLOUR_LITERAL.test(line.replace(/\/\/.*$/, "")))
          .map(({ where, line }) => `${where}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it("would catch one (the check can fail)", () => {
    expect(COLOUR_LITERAL.test('const casing = "#c9c6bf";')).toBe(true);
    expect(COLOUR_LITERAL.test('fill: "rgba(0, 0, 0, 0.2)"')).toBe(true);
    expect(COLOUR_LITERAL.test("<a href={anchor}>#1</a>")).toBe(false);
  });
});
