import { describe, expect, it } from "vitest";
import { loadRemoteStyle } from "./load-remote-style";

const style = { version: 8, sources: {}, layers: [] };
const serve = (async () => new Response(JSON.stringify(style))) as unknown as typeof fetch;

describe("loadRemoteStyle", () => {
  it("refuses a plain http address, as its message says", async () => {
    expect(await loadRemoteStyle("http://tiles.example.org/style.json", 5, serve)).toEqual({
      ok: false,
      detail: "the address must start with https://",
    });
  });

  it("accepts https, and http only from this machine", async () => {
    expect((await loadRemoteStyle("https://tiles.example.org/style.json", 5, serve)).ok).toBe(true);
    expect((await loadRemoteStyle("http://127.0.0.1:8080/style.json", 5, serve)).ok).toBe(true);
  });
});
