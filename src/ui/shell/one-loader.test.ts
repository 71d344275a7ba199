// Every lazily loaded part goes through the one loader (lazy-part.tsx), which puts it behind an error
// boundary with a Retry: a bare React.lazy() elsewhere would blank the whole page when its file fails
// (issue 32, R1). The browser test tests/browser/failed-chunks.test.ts fails each built chunk in turn.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SOURCE = resolve(import.meta.dirname, "../..");
const LOADER = "ui/shell/lazy-part.tsx";

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// Code only: a comment that mentions lazy() is no use of it.
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("the one loader", () => {
  const files = sourceFiles(SOURCE).map((path) => ({
    name: relative(SOURCE, path).replaceAll("\\", "/"),
    code: withoutComments(readFileSync(path, "utf8")),
  }));

  it("is the only place that calls React's lazy() or renders a Suspense boundary", () => {
    const offenders = files
      .filter(({ name }) => name !== LOADER)
      .filter(({ code }) => /\blazy\s*\(|\bSuspense\b/.test(code))
      .map(({ name }) => name);
    expect(offenders).toEqual([]);
  });

  it("finds the loader's own use, so the search above can fail", () => {
    const loader = files.find(({ name }) => name === LOADER);
    expect(loader?.code).toMatch(/\blazy\s*\(/);
    expect(loader?.code).toMatch(/<Suspense\b/);
  });
});
