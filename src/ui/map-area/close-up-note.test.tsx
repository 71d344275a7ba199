// @vitest-environment happy-dom
// The close-up note over the embedded basemap: shown close up, offering a PMTiles basemap in one click,
// gone while a detailed basemap is drawn, back when that basemap has fallen back.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it, vi } from "vitest";
import { type BasemapConfig, EMBEDDED_BASEMAP } from "../../data/basemap-config";
import type { ActiveBasemap } from "../../layers/online-basemap";
import { protomapsLayerSets } from "../../layers/protomaps-layers";
import { TextProvider } from "../shell/text-context";
import { CloseUpNote } from "./close-up-note";

afterEach(cleanup);

const config: BasemapConfig = {
  fallbackSeconds: 6,
  defaultId: "embedded",
  basemaps: [
    EMBEDDED_BASEMAP,
    {
      id: "detail",
      kind: "pmtiles",
      name_zh: "街道详图（离线）",
      name_en: "Streets (offline)",
      url: "detail/j.pmtiles",
    },
  ],
};
const archive: ActiveBasemap = {
  kind: "pmtiles",
  id: "detail",
  url: "https://map.example.org/detail/j.pmtiles",
  minzoom: 0,
  maxzoom: 15,
  bounds: [120.2, 30.2, 121.4, 31.1],
  attribution: "© OpenStreetMap contributors",
  layers: protomapsLayerSets("online-detail"),
};

function note(zoom: number, active: ActiveBasemap, choose = vi.fn()) {
  return (
    <TextProvider language="zh">
      <CloseUpNote zoom={zoom} basemapChoice={{ config, active, choose }} />
    </TextProvider>
  );
}

it("offers the archive in one click close up over the embedded basemap", async () => {
  const choose = vi.fn();
  render(note(13, { kind: "embedded" }, choose));
  await userEvent.click(screen.getByRole("button", { name: "街道详图（离线）" }));
  expect(choose).toHaveBeenCalledWith("detail", {});
});

it("stays away at the overview and while the archive is drawn, and returns after a fallback", () => {
  const { rerender } = render(note(11, { kind: "embedded" }));
  expect(screen.queryByRole("complementary")).toBeNull();
  rerender(note(14, archive));
  expect(screen.queryByRole("complementary")).toBeNull();
  rerender(note(14, { kind: "embedded" }));
  expect(screen.getByRole("complementary")).toBeTruthy();
  expect(screen.getByRole("button", { name: "街道详图（离线）" })).toBeTruthy();
});
