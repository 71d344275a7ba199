import { describe, expect, it } from "vitest";
import { failedFile } from "./failed-file";

describe("failedFile", () => {
  it("keeps the file's name and drops its address", () => {
    const error = new TypeError(
      "Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/load-progress-Dm1.js",
    );
    expect(failedFile(error)).toBe("Failed to fetch dynamically imported module: load-progress-Dm1.js");
  });

  it("reads anything thrown, and cuts a long message", () => {
    expect(failedFile("offline")).toBe("offline");
    expect(failedFile(new Error("x".repeat(500)))).toHaveLength(160);
  });
});
