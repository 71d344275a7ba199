// Shows a slide: its filters and view (plan or progress, and the year) at once, its camera after the
// layout has settled (two frames), so a frame fills the room the measured panels leave — or, while the
// tour editor is open, the frame outline beside it; and the locator inset, when the slide's projects run
// beyond what it frames or it is a close-up. What goes where is decided by planSlide (pure).
import { useEffect, useMemo, useRef, useState } from "react";
import type { BasemapCollections } from "../../data/basemap-schema";
import { cityBounds } from "../../data/region";
import type { TourSlide } from "../../data/tour-schema";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { slideFilters } from "../../filters/slide-filters";
import type { InsetDrawing } from "../../image-export/inset-drawing";
import type { Theme } from "../../layers/theme";
import { type AppStore, actions } from "../app/app-store";
import { insetDrawing } from "./presenter-inset-drawing";
import { planSlide } from "./presenter-slide-plan";

interface SlideViewInputs {
  store: AppStore;
  slide: TourSlide | null;
  all: readonly IndexedFeature[];
  basemap: BasemapCollections | null;
  theme: Theme;
  cityName: string;
  editing: boolean; // the editor's frame outline is the room to frame into
  // The room the overlay's measured panels leave (a key of their boxes), null until they are measured: a
  // frame asked for before would fill the whole screen (the overlay loads in a chunk of its own when a
  // presentation starts). When it changes on the same slide (the inset appears once the city's outline
  // has loaded, a caption rewraps in the other language) the slide is framed again.
  room: string | null;
}

const NO_IDS: string[] = [];

export function useSlideView(inputs: SlideViewInputs) {
  const { store, slide, all, basemap, theme, cityName, editing, room } = inputs;
  const city = useMemo(() => cityBounds(basemap?.["city-outline"]), [basemap]);
  const plan = useMemo(
    () => planSlide(slide, all, city, { width: window.innerWidth, height: window.innerHeight }),
    [slide, all, city],
  );
  const latest = useRef(plan);
  latest.current = plan;
  // The key of the camera request this slide made (the map marks it on its container once drawn), or
  // null when it made none: the overlay then knows when the slide's frame is really on screen.
  const [requestKey, setRequestKey] = useState<number | null>(null);

  useEffect(() => {
    if (!slide) return;
    store.update((current) => {
      const mapView = slide.view?.mode ?? "plan";
      const year = mapView === "progress" ? (slide.view?.year ?? null) : current.year;
      return { ...current, filters: slideFilters(slide), selectedId: null, mapView, year };
    });
  }, [slide, store]);

  // What the slide frames: it changes on the same slide when the city's outline arrives (a link that opens
  // the presentation while the page still loads), and the slide is then framed again.
  const targetKey = JSON.stringify(plan.target);
  // editing: opening or closing the editor changes the room, so the slide is framed again; so does a
  // new room or target.
  // biome-ignore lint/correctness/useExhaustiveDependencies: editing, room and targetKey are triggers, not read
  useEffect(() => {
    setRequestKey(null);
    if (!slide || room === null) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const target = latest.current.target;
        if (target?.kind === "camera") store.update(actions.requestCamera(target.camera));
        else if (target) store.update(actions.requestFrame(target.bounds, { maxZoom: target.maxZoom }));
        setRequestKey(target ? (store.get().cameraRequest?.key ?? null) : -1);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [slide, store, editing, room, targetKey]);

  const inset = useMemo((): InsetDrawing | null => {
    if (!plan.locator || !plan.frame) return null;
    return insetDrawing({
      land: basemap?.land,
      cityOutline: basemap?.["city-outline"],
      city,
      shown: plan.shown,
      highlight: slide?.highlight ?? [],
      frame: plan.frame,
      theme,
      name: cityName,
    });
  }, [plan, slide, city, basemap, theme, cityName]);

  return { inset, asideIds: plan.asideIds.length > 0 ? plan.asideIds : NO_IDS, requestKey };
}
