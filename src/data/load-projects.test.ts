import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadProjects } from "./load-projects";

const valid = readFileSync("tests/fixtures/valid/railway.geojson", "utf8");

// A fetch that serves files by URL from memory, fails for "offline:" URLs and 404s the rest.
function fakeFetch(files: Record<string, string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.startsWith("offline:")) throw new TypeError("Failed to fetch");
    const body = files[url];
    return body === undefined ? new Response("", { status: 404 }) : new Response(body, { status: 200 });
  }) as typeof fetch;
}

describe("loadProjects", () => {
  it("keeps the good features of a file and reports the bad one by id and field", async () => {
    const collection = JSON.parse(valid);
    const good = collection.features[0];
    const bad = { ...good, id: "bad-one", properties: { ...good.properties, id: "bad-one", pillar: "sky" } };
    const text = JSON.stringify({ ...collection, features: [good, bad] });
    const loaded = await loadProjects({ "railway.geojson": "/r" }, fakeFetch({ "/r": text }));
    expect(loaded.features.map((feature) => feature.id)).toEqual([good.id]);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({
      file: "railway.geojson",
      featureId: "bad-one",
      field: "pillar",
    });
    expect(loaded.failures).toEqual([]);
  });

  it("reports a file that cannot be fetched as a failure and still loads the others", async () => {
    const loaded = await loadProjects(
      { "railway.geojson": "/r", "urban.geojson": "offline:/u" },
      fakeFetch({ "/r": valid }),
    );
    expect(loaded.features.length).toBeGreaterThan(0);
    expect(loaded.failures).toEqual([{ file: "urban.geojson", detail: "Failed to fetch" }]);
  });

  it("reports broken JSON as a problem of the file, not a crash", async () => {
    const loaded = await loadProjects({ "railway.geojson": "/r" }, fakeFetch({ "/r": "{ not json" }));
    expect(loaded.features).toEqual([]);
    expect(loaded.problems[0]).toMatchObject({ file: "railway.geojson", featureId: null, field: "json" });
  });

  it("reports the projects of each file as it arrives, the slow one still pending", async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fast = fakeFetch({ "/r": valid, "/u": valid.replaceAll("railway", "urban") });
    const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === "/u") await slow;
      return fast(input, init);
    }) as typeof fetch;
    const seen: { features: number; pending: string[] }[] = [];
    const loading = loadProjects({ "railway.geojson": "/r", "urban.geojson": "/u" }, fetcher, (sofar) =>
      seen.push({ features: sofar.features.length, pending: sofar.pending }),
    );
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual({ features: 3, pending: ["urban.geojson"] });
    release();
    const loaded = await loading;
    expect([loaded.pending, loaded.features.length > 3]).toEqual([[], true]);
  });

  it("treats an empty build as a failure the page can show", async () => {
    const loaded = await loadProjects({}, fakeFetch({}));
    expect(loaded.failures).toHaveLength(1);
  });
});
