import { describe, expect, it } from "vitest";
import { presenterCommand, stepIndex } from "./presenter-keys";

describe("presenterCommand", () => {
  it("enters with P only when not presenting", () => {
    expect(presenterCommand({ key: "p" }, false, 9)).toEqual({ type: "enter" });
    expect(presenterCommand({ key: "P" }, false, 9)).toEqual({ type: "enter" });
    expect(presenterCommand({ key: "ArrowRight" }, false, 9)).toBeNull();
    expect(presenterCommand({ key: "p", ctrlKey: true }, false, 9)).toBeNull();
  });

  it.each(["ArrowRight", "PageDown", " "])("moves on with %s (clickers send PageDown)", (key) => {
    expect(presenterCommand({ key }, true, 9)).toEqual({ type: "step", by: 1 });
  });

  it.each(["ArrowLeft", "PageUp"])("moves back with %s", (key) => {
    expect(presenterCommand({ key }, true, 9)).toEqual({ type: "step", by: -1 });
  });

  it("jumps with Home, End and the number keys within the tour", () => {
    expect(presenterCommand({ key: "Home" }, true, 9)).toEqual({ type: "go", index: 0 });
    expect(presenterCommand({ key: "End" }, true, 9)).toEqual({ type: "go", index: 8 });
    expect(presenterCommand({ key: "3" }, true, 9)).toEqual({ type: "go", index: 2 });
    expect(presenterCommand({ key: "7" }, true, 4)).toBeNull();
    expect(presenterCommand({ key: "0" }, true, 9)).toBeNull();
  });

  it("leaves with Escape and toggles autoplay with A", () => {
    expect(presenterCommand({ key: "Escape" }, true, 9)).toEqual({ type: "leave" });
    expect(presenterCommand({ key: "a" }, true, 9)).toEqual({ type: "toggle-autoplay" });
  });
});

describe("stepIndex", () => {
  it("stays within the tour", () => {
    expect(stepIndex(0, -1, 9)).toBe(0);
    expect(stepIndex(8, 1, 9)).toBe(8);
    expect(stepIndex(3, 1, 9)).toBe(4);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });
});
