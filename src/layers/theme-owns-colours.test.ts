// Every colour the app draws comes from the theme (src/layers/theme.ts): a colour written anywhere else
// drifts from the map (the legend once drew the highway casing grey while the map drew it white).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_COLOURS, pageColourProperties } from "./theme";

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

// The CSS names colours (var(--ink)); the theme says what they are (PAGE_COLOURS, written as custom
// properties by scripts/vite-plugin-page-colours.ts).
function styleSheets(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return styleSheets(path);
    return name.endsWith(".css") ? [path] : [];
  });
}

const CSS_COLOUR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(?:white|black|red|green|blue|gray|grey|orange|yellow|purple)\b/i;
const withoutComments = (css: string) =>
  css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));

describe("the theme owns the page's colours too", () => {
  const sheets = styleSheets(SOURCE);
  const definedByTheme = new Set(
    [...pageColourProperties().matchAll(/--([a-z-]+):/g)].map((match) => match[1] as string),
  );

  it("finds no colour literal in src/**/*.css", () => {
    const offenders = sheets.flatMap((path) =>
      withoutComments(readFileSync(path, "utf8"))
        .split("\n")
        .map((line, index) => ({ line, where: `${relative(SOURCE, path)}:${index + 1}` }))
        .filter(({ line }) => CSS_COLOUR_LITERAL.test(line.replace(/white-space|var\(--[a-z-]+\)/g, "")))
        .map(({ where, line }) => `${where}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("uses only custom properties that the theme or a stylesheet defines", () => {
    const definedInCss = new Set(
      sheets.flatMap((path) =>
        [...readFileSync(path, "utf8").matchAll(/(--[a-z-]+)\s*:/g)].map((match) =>
          (match[1] as string).slice(2),
        ),
      ),
    );
    // Sizes the components measure and set on an element's style (e.g. "--sheet-height").
    const setByCode = new Set(
      sourceFiles(SOURCE).flatMap((path) =>
        [...readFileSync(path, "utf8").matchAll(/["'`]--([a-z-]+)["'`]/g)].map((match) => match[1] as string),
      ),
    );
    const unknown = sheets.flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(/var\(--([a-z-]+)/g)]
        .map((match) => match[1] as string)
        .filter((name) => !definedByTheme.has(name) && !definedInCss.has(name) && !setByCode.has(name))
        .map((name) => `${relative(SOURCE, path)}: --${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it("writes one custom property per page colour, and a stylesheet defines none of them again", () => {
    expect(definedByTheme.size).toBe(Object.keys(PAGE_COLOURS).length);
    expect(definedByTheme.has("ink-muted")).toBe(true);
    const redefined = sheets.flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(/--([a-z-]+)\s*:/g)]
        .map((match) => match[1] as string)
        .filter((name) => definedByTheme.has(name))
        .map((name) => `${relative(SOURCE, path)}: --${name}`),
    );
    expect(redefined).toEqual([]);
  });

  it("would catch one (the check can fail)", () => {
    expect(CSS_COLOUR_LITERAL.test("  border: 1px solid #bdb8ad;")).toBe(true);
    expect(CSS_COLOUR_LITERAL.test("  box-shadow: 0 4px 14px rgb(0 0 0 / 0.15);")).toBe(true);
    expect(CSS_COLOUR_LITERAL.test("  color: white;")).toBe(true);
    expect(CSS_COLOUR_LITERAL.test("  color: var(--ink);".replace(/var\(--[a-z-]+\)/g, ""))).toBe(false);
  });
});
