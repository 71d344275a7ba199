// The frame outline beside the docked tour editor: the presentation's room on this screen (the screen less
// the caption, legend and controls the slide will have, as presenter-layout.ts lays them out) scaled into
// the stage beside the editor. The map frames into it (its box becomes the map's padding) and "add this
// view" stores the ground inside it. Outside the outline the map is dimmed, so the frame reads at once.
import { type RefObject, useLayoutEffect, useMemo, useRef, useState } from "react";
import { STATUSES } from "../../data/project-schema";
import type { Language } from "../../i18n/language";
import type { OverlayBox } from "../../state/map-area/map-padding";
import { mapPadding } from "../../state/map-area/map-padding";
import { editingFrame, editingStage } from "../../state/presenter/presenter-editing-frame";
import { overlayBoxes } from "../../state/presenter/presenter-layout";
import { overlayContent, statusLegend } from "../../state/presenter/presenter-overlay-content";
import type { Presenter } from "../../state/presenter/use-presenter";
import { useText } from "../shell/text-context";
import { useScreenSize } from "./use-screen-size";

export interface EditingFrame {
  outline: OverlayBox | null;
  editorRef: RefObject<HTMLElement | null>;
}

export function useEditingFrame(presenter: Presenter, language: Language, editing: boolean): EditingFrame {
  const editorRef = useRef<HTMLElement | null>(null);
  const [editor, setEditor] = useState<OverlayBox | null>(null);
  const screen = useScreenSize();
  useLayoutEffect(() => {
    if (!editing) return;
    const measure = () => {
      const box = editorRef.current?.getBoundingClientRect();
      setEditor(box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null);
    };
    measure();
    // The sheet's size follows the window (vw and vh) and the phone's layout.
    const observer = new ResizeObserver(measure);
    if (editorRef.current) observer.observe(editorRef.current);
    return () => observer.disconnect();
  }, [editing]);
  const { index, count } = presenter;
  // The room as the slide shown will have it; with none yet, as the plan's first slide has it.
  const slide = presenter.slide ?? presenter.planTour.slides[0] ?? null;
  const outline = useMemo(() => {
    if (!editing || !editor) return null;
    // The room as the slide will have it: its caption, a legend of every status and an inset, the most
    // a frame slide carries, so the frame shown here is never larger than the room it will be fitted to.
    const legend = statusLegend(language, new Set(STATUSES), true);
    const content = overlayContent(language, slide, { index, count: Math.max(count, 1) }, legend, true);
    const overlay = overlayBoxes(screen.width, screen.height, content);
    const room = mapPadding({ narrow: false, detailOpen: false, presenting: true, ...screen, overlay });
    return editingFrame(screen, room, editingStage(screen, editor));
  }, [editing, editor, screen, language, slide, index, count]);
  return { outline, editorRef };
}

export function PresenterEditingFrame({ outline }: { outline: OverlayBox | null }) {
  const { t } = useText();
  if (!outline) return null;
  return (
    <div
      className="presenter-frame"
      style={{
        left: outline.left,
        top: outline.top,
        width: outline.right - outline.left,
        height: outline.bottom - outline.top,
      }}
    >
      <span className="presenter-frame-hint">{t("tourFrameHint")}</span>
    </div>
  );
}
