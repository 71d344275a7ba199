// Where several projects lie under one click or tap, a small menu lists them by name, layer and status
// so the reader picks the one they meant. Focus moves into it; Escape or a click elsewhere closes it.
import { useEffect, useRef } from "react";
import { LAYER_NAMES, STATUS_NAMES } from "../../data/facets";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { useText } from "../shell/text-context";
import { StatusSwatch } from "./legend-swatch";

export interface ChooserRequest {
  ids: string[];
  point: { x: number; y: number }; // CSS pixels from the map's top-left corner
  at?: [number, number]; // the same spot as [longitude, latitude]
}

interface ProjectChooserProps {
  request: ChooserRequest;
  byId: ReadonlyMap<string, IndexedFeature>;
  onChoose: (id: string) => void;
  onClose: () => void;
}

const WIDTH_PX = 272; // the chooser's width (17rem), to keep it inside the map

export function ProjectChooser({ request, byId, onChoose, onClose }: ProjectChooserProps) {
  const { language, t } = useText();
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the first choice when a new chooser opens
  useEffect(() => {
    box.current?.querySelector("button")?.focus();
  }, [request]);
  const features = request.ids.flatMap((id) => byId.get(id) ?? []);
  const parent = box.current?.parentElement;
  const left = Math.max(8, Math.min(request.point.x + 8, (parent?.clientWidth ?? 1e4) - WIDTH_PX - 8));
  return (
    <div
      ref={box}
      className="project-chooser"
      role="dialog"
      aria-labelledby="project-chooser-title"
      style={{ left, top: Math.max(8, request.point.y + 8) }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.nativeEvent.stopPropagation();
          onClose();
        }
      }}
      onBlur={(event) => {
        if (!box.current?.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      <p id="project-chooser-title">{t("chooserTitle", { count: features.length })}</p>
      <ul>
        {features.map(({ properties: project }) => (
          <li key={project.id}>
            <button type="button" className="chooser-item" onClick={() => onChoose(project.id)}>
              <StatusSwatch status={project.status} />
              <span>
                <span className="chooser-name">{language === "zh" ? project.name_zh : project.name_en}</span>
                <span className="chooser-meta">
                  {LAYER_NAMES[project.layer][language]} · {STATUS_NAMES[project.status][language]}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
