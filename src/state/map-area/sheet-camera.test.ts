import { describe, expect, it } from "vitest";
import { sheetCameraStep } from "./sheet-camera";

const city = { longitude: 120.75, latitude: 30.75, zoom: 9 };
const framed = { longitude: 120.6, latitude: 30.5, zoom: 13 };

describe("the phone sheet's camera", () => {
  it("remembers the camera when a project opens and returns to it when the sheet closes", () => {
    const opened = sheetCameraStep(null, { selectedId: null, camera: city }, { selectedId: "a" });
    expect(opened).toEqual({ remembered: city, restore: null });
    // Picking another project while open keeps the first camera: closing returns to before it all.
    const switched = sheetCameraStep(
      opened.remembered,
      { selectedId: "a", camera: framed },
      { selectedId: "b" },
    );
    expect(switched).toEqual({ remembered: city, restore: null });
    const closed = sheetCameraStep(
      switched.remembered,
      { selectedId: "b", camera: framed },
      { selectedId: null },
    );
    expect(closed).toEqual({ remembered: null, restore: city });
  });

  it("returns to the whole city when the map had not moved before the sheet opened", () => {
    const opened = sheetCameraStep(null, { selectedId: null, camera: null }, { selectedId: "a" });
    expect(
      sheetCameraStep(opened.remembered, { selectedId: "a", camera: framed }, { selectedId: null }).restore,
    ).toBe("home");
  });

  it("has nothing to return to when the page opened on a project (a shared link)", () => {
    expect(
      sheetCameraStep(null, { selectedId: "a", camera: framed }, { selectedId: null }).restore,
    ).toBeNull();
  });
});
