import { describe, expect, it } from "vitest";
import { importFile } from "./import-client";

function fakeFile(name: string, text: string, size?: number) {
  const bytes = new TextEncoder().encode(text);
  let read = false;
  return {
    name,
    size: size ?? bytes.length,
    arrayBuffer: async () => {
      read = true;
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
    wasRead: () => read,
  };
}

describe("importFile", () => {
  it("resolves with the layer and reports progress up to the file's size", async () => {
    const file = fakeFile("sites.csv", "lon,lat\n120.7,30.7\n");
    const seen: number[] = [];
    const outcome = await importFile(file, {}, (progress) => seen.push(progress.loaded));
    expect(outcome).toMatchObject({ ok: true, result: { imported: 1, layer: { name: "sites" } } });
    expect(seen.at(-1)).toBe(file.size);
  });

  it("refuses a file over 100 MB without reading it", async () => {
    const file = fakeFile("huge.csv", "", 100 * 1024 * 1024 + 1);
    expect(await importFile(file)).toMatchObject({
      ok: false,
      refusal: { code: "too-large", values: { limit: 100 } },
    });
    expect(file.wasRead()).toBe(false);
  });

  it("resolves with a refusal, not a rejection, for a bad file", async () => {
    expect(await importFile(fakeFile("empty.kml", ""))).toMatchObject({
      ok: false,
      refusal: { code: "empty-file" },
    });
  });

  it("rejects when the caller aborts, and ends the worker", async () => {
    const controller = new AbortController();
    let terminated = false;
    const worker = {
      onmessage: null,
      postMessage: () => controller.abort(new Error("cancelled")),
      terminate: () => {
        terminated = true;
      },
    };
    await expect(
      importFile(fakeFile("a.csv", "lon,lat\n1,2"), {}, undefined, controller.signal, () => worker),
    ).rejects.toThrow("cancelled");
    expect(terminated).toBe(true);
  });
});

describe("importFile, whatever the worker does", () => {
  it("ends in a refusal naming the worker's file when the worker cannot load", async () => {
    const worker = {
      onmessage: null,
      onerror: null as ((event: Event) => void) | null,
      fileName: "import.worker.js",
      postMessage: () => worker.onerror?.(new Event("error")),
      terminate: () => undefined,
    };
    const outcome = await importFile(
      fakeFile("a.csv", "lon,lat\n1,2"),
      {},
      undefined,
      undefined,
      () => worker,
    );
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: "importer-failed", values: { detail: "import.worker.js did not load" } },
    });
  });

  it("puts back together a layer sent in chunks, in order (R4)", async () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => `${120 + index / 1e5},30.7,${index}`);
    const file = fakeFile("many.csv", `lon,lat,n\n${rows.join("\n")}\n`);
    const outcome = await importFile(file);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const features = outcome.result.layer.features.features;
    expect(features).toHaveLength(30_000);
    expect(features.map((feature) => feature.properties?.n)).toEqual(rows.map((_, index) => String(index)));
    expect(outcome.saved).toBe(false); // no IndexedDB in Node: shown, not kept, and the report says so
  });
});
