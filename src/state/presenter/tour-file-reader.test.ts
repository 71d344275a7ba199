// The tour file is read and checked off the page's thread (issue 32, R4); here the same reading runs in
// this thread (no Worker in Node), and a reader whose own file cannot load ends in a readable rejection.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTourFile } from "./read-tour-file";
import { readTourFile } from "./tour-file-reader";

const tourText = readFileSync(resolve(import.meta.dirname, "../../../data/tour.json"), "utf8");

describe("readTourFile", () => {
  it("checks the file's slides as data/tour.json is checked", async () => {
    const read = await readTourFile({ file: new Blob([tourText]), projects: [] });
    // No project to show: every slide is reported as an empty map (kept, so a slide being made never vanishes).
    const empty = read.problems.filter((found) => found.message.startsWith("show no project"));
    expect(empty.map((found) => found.featureId)).toEqual(
      read.tour.slides.map((slide) => `slide ${slide.id}`),
    );
    expect(read.tour.slides.length).toBeGreaterThan(0);
    const unchecked = await checkTourFile({ file: new Blob([tourText]), projects: [] });
    expect(unchecked).toMatchObject({ ok: true });
  });

  it("says a file is not JSON, and rejects with a reason when its worker cannot start", async () => {
    const read = await readTourFile({ file: new Blob(["{ not json"]), projects: [] });
    expect(read.problems.map((problem) => problem.field)).toEqual(["json"]);
    const failing = {
      postMessage: () => failing.onerror?.(new Event("error")),
      onmessage: null,
      onerror: null as ((event: Event) => void) | null,
      terminate: () => undefined,
    };
    await expect(readTourFile({ file: new Blob(["{}"]), projects: [] }, () => failing)).rejects.toThrow(
      "the tour reader could not be loaded (tour-file.worker.js did not load)",
    );
  });
});
