import { describe, expect, it } from "vitest";
import { entryScriptOf } from "./new-deployment";

describe("entryScriptOf", () => {
  it("reads the module entry of a built index.html", () => {
    const html = `<head><script type="module" crossorigin src="/assets/index-AbC123.js"></script>
      <link rel="stylesheet" href="/assets/index-x.css"></head>`;
    expect(entryScriptOf(html)).toBe("/assets/index-AbC123.js");
  });

  it("finds nothing in a page without a module script", () => {
    expect(entryScriptOf("<html><body>Not found</body></html>")).toBeNull();
  });
});
