// The plugin serves the label font cut from the project directory the build ships.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryPath } from "./basemap/paths";
import { writeSyntheticProjects } from "./bench/synthetic-projects";
import { codePointsOf } from "./label-characters";
import { LABEL_FONT_MODULE, labelFont } from "./vite-plugin-label-font";

const scratch = mkdtempSync(join(tmpdir(), "label-font-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Hook = (
  this: { addWatchFile: (file: string) => void },
  id: string,
) => string | null | Promise<string | null>;

async function loadModule(projectDirectory: string) {
  const plugin = labelFont({
    projectDirectory,
    basemapDirectory: repositoryPath("data/basemap"),
    cacheDirectory: join(scratch, "cache"),
  });
  const watched: string[] = [];
  const context = { addWatchFile: (file: string) => watched.push(file) };
  const id = await (plugin.resolveId as Hook).call(context, LABEL_FONT_MODULE);
  const code = (await (plugin.load as Hook).call(context, id ?? "")) ?? "";
  const file = /import url from "([^"?]+)\?url";/.exec(code)?.[1] ?? "";
  const ranges = JSON.parse(/unicodeRange: (\[[^\]]*\])/.exec(code)?.[1] ?? "[]") as string[];
  return { file, ranges, watched };
}

const covers = (ranges: string[], point: number) =>
  ranges.some((range) => {
    const [start, end = start] = range
      .slice(2)
      .split("-")
      .map((hex) => Number.parseInt(hex, 16));
    return point >= (start as number) && point <= (end as number);
  });

describe("the label-font plugin", () => {
  it("cuts a file holding the names of the directory it is given, and declares them", async () => {
    const directory = join(scratch, "projects");
    writeSyntheticProjects(directory, 20);
    const names = readFileSync(join(directory, "railway.geojson"), "utf8");
    const { file, ranges, watched } = await loadModule(directory);
    expect(existsSync(file)).toBe(true);
    expect(new TextDecoder().decode(readFileSync(file).subarray(0, 4))).toBe("wOF2");
    const firstName = (JSON.parse(names).features[0].properties.name_zh as string) ?? "";
    for (const point of codePointsOf([firstName, "海盐县"])) expect(covers(ranges, point)).toBe(true);
    expect(watched).toContain(join(directory, "railway.geojson"));
  });

  it("puts each cut in a folder named by its content, so a changed cut is a new URL in the dev server", async () => {
    const shipped = await loadModule(repositoryPath("data/projects"));
    const synthetic = await loadModule(join(scratch, "projects"));
    expect(shipped.file).not.toBe(synthetic.file);
    expect((await loadModule(repositoryPath("data/projects"))).file).toBe(shipped.file);
  });
});
