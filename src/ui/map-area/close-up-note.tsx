// The embedded basemap is an overview (land, counties, towns; no open street data ships offline). Close
// up it would read as a blank map, so a small note says so and offers the detailed basemaps the
// deployment's config.json provides, one click each; with none configured it says that instead. The
// reader can dismiss it for the visit (issue 28); it sits under the map's view switch, never over it
// (map-section.tsx stacks them).
import { useState } from "react";
import type { BasemapOption } from "../../data/basemap-config";
import { closeUpNoteShown } from "../../state/map-area/close-up-note-shown";
import type { BasemapChoice } from "../../state/map-area/use-basemap-choice";
import { NoteHeading } from "../shell/note-heading";
import { useText } from "../shell/text-context";
import "./close-up-note.css";

interface CloseUpNoteProps {
  zoom: number | undefined;
  basemapChoice: Pick<BasemapChoice, "config" | "active" | "choose">;
}

// Raster tiles, a PMTiles archive, or a 天地图 key / style address given by the deployment: usable
// without typing.
function oneClick(option: BasemapOption): boolean {
  if (option.kind === "raster" || option.kind === "pmtiles") return true;
  if (option.kind === "tianditu") return Boolean(option.key);
  if (option.kind === "style-url") return Boolean(option.url);
  return false;
}

export function CloseUpNote({ zoom, basemapChoice }: CloseUpNoteProps) {
  const { language, t } = useText();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || !closeUpNoteShown(zoom, basemapChoice.active)) return null;
  const online = basemapChoice.config.basemaps.filter((option) => option.kind !== "embedded");
  const name = (option: BasemapOption) => (language === "zh" ? option.name_zh : option.name_en);
  return (
    <aside className="close-up-note" aria-label={t("closeUpNote")}>
      <NoteHeading text={t("closeUpNote")} onDismiss={() => setDismissed(true)} />
      {online.length === 0 ? (
        <p>{t("closeUpNone")}</p>
      ) : (
        <>
          <p>{t("closeUpOffer")}</p>
          <ul>
            {online.map((option) => (
              <li key={option.id}>
                {oneClick(option) ? (
                  <button
                    type="button"
                    className="secondary-button"
                    onClick={() => void basemapChoice.choose(option.id, {})}
                  >
                    {name(option)}
                  </button>
                ) : (
                  <span className="hint">{t("closeUpNeedsInput", { name: name(option) })}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
