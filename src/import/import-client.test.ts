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
