// Shows a slide: its filters at once, its camera after the layout has settled into full screen (two
// frames), so a "fit" frames the projects in the map's final size and within the measured panels; and
// the locator inset, when the slide's projects run beyond what it frames or it is a close-up.
import { useEffect, useMemo, useRef } from "react";
import type { BasemapCollections } from "../../data/basemap-schema";
import { cityBounds } from "../../data/region";
import type { TourSlide } from "../../data/tour-schema";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { slideFilters, slideShows } from "../../filters/slide-filters";
import type { Camera } from "../../geo/camera";
import { type Bounds, boundsOf } from "../../geo/coordinates";
import type { InsetDrawing } from "../../image-export/inset-drawing";
import type { Theme } from "../../layers/theme";
import { type AppStore, actions } from "../app/app-store";
import { needsLocator, slideFrame } from "./presenter-frame";
import { insetDrawing } from "./presenter-inset-drawing";

interface SlideViewInputs {
  store: AppStore;
  slide: TourSlide | null;
  all: readonly IndexedFeature[];
  basemap: BasemapCollections | null;
  theme: Theme;
  cityName: string;
}

function shownBounds(features: readonly IndexedFeature[]): Bounds | null {
  return features.length > 0 ? boundsOf({ type: "FeatureCollection", features: [...features] }) : null;
}

export function useSlideView({ store, slide, all, basemap, theme, cityName }: SlideViewInputs) {
  const city = useMemo(() => cityBounds(basemap?.["city-outline"]), [basemap]);
  const shown = useMemo(
    () => (slide ? all.filter((feature) => slideShows(slide, feature.properties)) : []),
    [slide, all],
  );
  const latest = useRef({ shown, city });
  latest.current = { shown, city };

  useEffect(() => {
    if (!slide) return;
    store.update((current) => ({ ...current, filters: slideFilters(slide), selectedId: null }));
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (slide.camera !== "fit") store.update(actions.requestCamera(slide.camera));
        else {
          const bounds = shownBounds(latest.current.shown);
          if (bounds) store.update(actions.requestFrame(slideFrame(bounds, latest.current.city)));
        }
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [slide, store]);

  const inset = useMemo((): InsetDrawing | null => {
    const bounds = shownBounds(shown);
    if (!slide || !bounds) return null;
    const frame = slide.camera === "fit" ? slideFrame(bounds, city) : cameraView(slide.camera);
    if (!needsLocator(bounds, city) && !(slide.camera !== "fit" && !contains(frame, bounds))) return null;
    return insetDrawing({
      land: basemap?.land,
      cityOutline: basemap?.["city-outline"],
      city,
      shown,
      highlight: slide.highlight,
      frame,
      theme,
      name: cityName,
    });
  }, [slide, shown, city, basemap, theme, cityName]);

  return { inset };
}

// What a camera shows on this screen, in degrees: 512 CSS pixels span 360° of longitude at zoom 0.
function cameraView({ longitude, latitude, zoom }: Camera): Bounds {
  const degreesPerPixel = 360 / (512 * 2 ** zoom);
  const halfWidth = (window.innerWidth / 2) * degreesPerPixel;
  const halfHeight = (window.innerHeight / 2) * degreesPerPixel * Math.cos((latitude * Math.PI) / 180);
  return [longitude - halfWidth, latitude - halfHeight, longitude + halfWidth, latitude + halfHeight];
}

function contains(outer: Bounds, inner: Bounds): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}
