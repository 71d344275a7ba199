// The exported image and the printed page: what to write on the map (title, legend, credits, date),
// and the print hook that swaps the live WebGL canvas — which prints blank — for the composed image.
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { afterStart } from "../../browser/after-start";
import { downloadBlob } from "../../browser/download-file";
import { failedFile } from "../../browser/failed-file";
import { plainCredits } from "../../data/basemap-attribution";
import { STATUS_NAMES } from "../../data/facets";
import { STATUSES } from "../../data/project-schema";
import type { TourSlide } from "../../data/tour-schema";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { Language } from "../../i18n/language";
import { translate } from "../../i18n/messages";
import { exportFileName, isoDate } from "../../image-export/export-layout";
import type { ExportDecorations } from "../../image-export/export-types";
import type { InsetDrawing } from "../../image-export/inset-drawing";
import { HOLLOW_STATUSES, STATUS_DASHES, type Theme } from "../../layers/theme";
import { canvasToPng, type MapExporter } from "../../map/export-png";

export function exportDecorations(
  language: Language,
  theme: Theme,
  slide: TourSlide | null,
  visible: readonly IndexedFeature[],
  inset: InsetDrawing | null = null,
  position = "", // which tour and slide: "我的导览 · 第 1 / 3 页"
): ExportDecorations {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) =>
    translate(language, key, values);
  const shown = new Set(visible.map((feature) => feature.properties.status));
  return {
    // A slide carries its own title in the caption panel; the image's title line is the map's name.
    title: t("title"),
    subtitle: t("subtitle"),
    legendTitle: t("status"),
    legend: STATUSES.filter((status) => shown.has(status)).map((status) => ({
      label: STATUS_NAMES[status][language],
      colour: theme.statusColours[status],
      dash: STATUS_DASHES[status],
      hollow: HOLLOW_STATUSES.includes(status),
    })),
    // In the image's language, as the map's attribution shows them (issue 28).
    credits: `${t("exportCredits", { credits: plainCredits(language) })} · MapLibre`,
    date: isoDate(new Date()),
    colours: {
      ink: theme.exportInk,
      panel: theme.exportPanel,
      markerStroke: theme.markerStroke,
      highlight: theme.highlight,
    },
    slide: slide
      ? {
          title: language === "zh" ? slide.title_zh : slide.title_en,
          position,
          caption: language === "zh" ? slide.caption_zh : slide.caption_en,
          focusKey: slide.highlight.length > 0 ? t("presenterExportFocus") : null,
          inset,
          insetNote: t("presenterInsetCaption"),
        }
      : undefined,
  };
}

// The composer is a chunk of its own (it is only for export and print), fetched once after the map's
// start-up (see after-start.ts) so a synchronous beforeprint handler finds it ready.
type Composer = typeof import("../../image-export/compose-png").composeMapImage;
let composer: Promise<Composer> | null = null;
function loadComposer(): Promise<Composer> {
  composer ??= import("../../image-export/compose-png").then(
    (module) => module.composeMapImage,
    (error: unknown) => {
      composer = null; // a failed download is fetched again by the next export or Retry
      throw error;
    },
  );
  return composer;
}

/** Composes the image and downloads it; resolves to the PNG, or null when there is no map to read. */
export async function exportPng(
  exporter: MapExporter | null,
  decorations: ExportDecorations,
  slide: { tour: string; number: number } | null,
): Promise<Blob | null> {
  const snapshot = exporter?.snapshot();
  if (!snapshot) return null;
  const composeMapImage = await loadComposer();
  const blob = await canvasToPng(composeMapImage(snapshot, decorations));
  downloadBlob(blob, exportFileName(decorations.date, slide));
  return blob;
}

// On beforeprint the image is composed synchronously (toDataURL), so it is in the <img> before the
// browser lays out the printed page; print.css shows only that image, on an A4 or A3 landscape page.
export function usePrintImage(
  exporter: RefObject<MapExporter | null>,
  decorations: () => ExportDecorations,
  image: RefObject<HTMLImageElement | null>,
): { failure: string | null; retry: () => void } {
  const latest = useRef(decorations);
  latest.current = decorations;
  const compose = useRef<Composer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Fetched ahead, so printing finds it ready; a failure says so at once (the export would fail too).
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is a Retry
  useEffect(() => {
    let current = true;
    setFailure(null);
    afterStart.done.then(loadComposer).then(
      (loaded) => {
        compose.current = loaded;
      },
      (error: unknown) => current && setFailure(failedFile(error)),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  useEffect(() => {
    const root = document.documentElement;
    const before = () => {
      const snapshot = exporter.current?.snapshot();
      if (!snapshot || !image.current || !compose.current) return;
      image.current.src = compose.current(snapshot, latest.current()).toDataURL("image/png");
      root.classList.add("has-print-image");
    };
    const after = () => root.classList.remove("has-print-image");
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [exporter, image]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { failure, retry };
}
