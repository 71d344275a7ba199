// @vitest-environment happy-dom
// A slide is framed once the overlay has measured the room its panels leave, and framed again when that
// room or what the slide frames changes on the same slide: a presentation opened while the page still
// loads gets its inset (and so a smaller room) once the city's outline arrives, and must not keep the
// frame it was given for the larger room.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { shippedBasemap, shippedProjectFeatures, shippedTour } from "../../../tests/support/shipped-data";
import type { BasemapCollections } from "../../data/basemap-schema";
import type { TourSlide } from "../../data/tour-schema";
import { indexFeature } from "../../filters/indexed-properties";
import { PRESENTATION_THEME } from "../../layers/theme";
import { createAppStore } from "../app/app-store";
import { parseViewState } from "../app/url-state";
import { useSlideView } from "./presenter-slide-view";

afterEach(cleanup);

const all = shippedProjectFeatures().map(indexFeature);
const overview = shippedTour().slides[0] as TourSlide;
const basemap = {
  "city-outline": shippedBasemap("city-outline"),
  land: shippedBasemap("land"),
} as unknown as BasemapCollections;

// The camera is asked for two frames after the layout settles.
const frames = () => act(() => new Promise((done) => setTimeout(done, 100)));

function setUp() {
  const { view, notices } = parseViewState("?present=1&slide=1");
  const store = createAppStore(view, notices);
  const requests = () => store.get().cameraRequest;
  const hook = renderHook(
    (props: { room: string | null; basemap: BasemapCollections | null }) =>
      useSlideView({
        store,
        slide: overview,
        all,
        basemap: props.basemap,
        theme: PRESENTATION_THEME,
        cityName: "嘉兴",
        editing: false,
        room: props.room,
      }),
    { initialProps: { room: null as string | null, basemap: null as BasemapCollections | null } },
  );
  return { store, requests, hook };
}

it("waits for the measured room, then asks for the slide's frame once", async () => {
  const { requests, hook } = setUp();
  await frames();
  expect(requests()).toBeNull();
  expect(hook.result.current.requestKey).toBeNull();
  hook.rerender({ room: "caption 0-600", basemap: null });
  await frames();
  const first = requests();
  expect(first?.kind).toBe("frame");
  expect(hook.result.current.requestKey).toBe(first?.key);
  // The same room again (a render that measured the same boxes) asks for nothing new.
  hook.rerender({ room: "caption 0-600", basemap: null });
  await frames();
  expect(requests()?.key).toBe(first?.key);
});

it("frames the slide again when its room or its target changes", async () => {
  const { requests, hook } = setUp();
  hook.rerender({ room: "caption 0-600", basemap: null });
  await frames();
  const before = requests();
  // The city's outline arrives: the overview now frames the city (and shows its inset).
  hook.rerender({ room: "caption 0-600", basemap });
  await frames();
  const withCity = requests();
  expect(withCity?.key).not.toBe(before?.key);
  expect(hook.result.current.inset).not.toBeNull();
  // The inset is drawn, the panels measured again: a smaller room, a new frame for it.
  hook.rerender({ room: "caption 0-600, inset 0-200", basemap });
  await frames();
  expect(requests()?.key).not.toBe(withCity?.key);
  expect(hook.result.current.requestKey).toBe(requests()?.key);
});
