// The "Your layers" tab: open files (button or drop on the map), choose each file's coordinate system
// and columns, follow the import, read what was left out and why, and manage the layers kept on this
// device. Loaded with its own chunk when the tab first opens.
import { useRef } from "react";
import { downloadText } from "../../browser/download-file";
import type { Bounds } from "../../geo/coordinates";
import { boundsOf } from "../../geo/coordinates";
import { COORDINATE_SYSTEM_EXPLANATION } from "../../import/convert-coordinates";
import { exportUserLayer } from "../../import/export-user-layer";
import { useLayerImport } from "../../state/your-layers/use-layer-import";
import type { UserLayers } from "../../state/your-layers/use-user-layers";
import { useText } from "../shell/text-context";
import { ImportReportView } from "./import-report-view";
import { PendingFileCard } from "./pending-file-card";
import { UserLayerRow } from "./user-layer-row";
import "./user-layers-panel.css";

// What the file picker offers; any other file can still be chosen and gets a clear refusal.
const ACCEPT = ".csv,.txt,.tsv,.geojson,.json,.kml,.gpx,.zip";

interface UserLayersPanelProps {
  userLayers: UserLayers;
  onFrame: (bounds: Bounds) => void;
}

export function UserLayersPanel({ userLayers, onFrame }: UserLayersPanelProps) {
  const { language, t } = useText();
  const input = useRef<HTMLInputElement>(null);
  const importer = useLayerImport(userLayers);
  const { layers, pending } = userLayers;
  const busy = importer.progress !== null;
  return (
    // Busy while the layers kept in this browser are still being read: a screen reader waits, and so
    // does a test that counts them after a reload.
    <div className="user-layers-panel" aria-busy={userLayers.storage === "loading"}>
      <p className={`user-layers-privacy${userLayers.storage === "unavailable" ? " is-warning" : ""}`}>
        {t(userLayers.storage === "unavailable" ? "yourLayersPrivacyUnavailable" : "yourLayersPrivacy")}
      </p>
      <div>
        <input
          ref={input}
          id="user-layers-file"
          className="visually-hidden-input"
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          multiple
          accept={ACCEPT}
          onChange={(event) => {
            userLayers.addFiles(event.target.files ?? []);
            // The same file chosen again (after fixing it) must fire change again.
            event.target.value = "";
          }}
        />
        <button type="button" className="secondary-button" onClick={() => input.current?.click()}>
          {t("yourLayersOpen")}
        </button>
        <p className="hint">{t("yourLayersFormats")}</p>
      </div>
      {pending.length > 0 ? (
        <section aria-labelledby="user-layers-pending">
          <h3 id="user-layers-pending">{t("yourLayersPendingHeading")}</h3>
          <p className="hint">{COORDINATE_SYSTEM_EXPLANATION[language]}</p>
          <ul className="pending-files">
            {pending.map((item) => (
              <PendingFileCard
                key={item.key}
                item={item}
                busy={busy}
                onOptions={(options) => userLayers.setPendingOptions(item.key, options)}
                onImport={() => void importer.run([item])}
                onCancel={() => userLayers.dropPending([item.key])}
              />
            ))}
          </ul>
          {pending.length > 1 ? (
            <button
              type="button"
              className="secondary-button"
              disabled={busy}
              onClick={() => void importer.run(pending)}
            >
              {t("yourLayersImportAll")}
            </button>
          ) : null}
        </section>
      ) : null}
      {importer.progress ? (
        <div className="import-progress" role="status">
          <p>{t("yourLayersReading", { name: importer.progress.name })}</p>
          <progress max={1} value={importer.progress.share} aria-label={importer.progress.name} />
          {importer.progress.slow ? (
            <button type="button" className="secondary-button" onClick={importer.cancel}>
              {t("yourLayersCancelImport")}
            </button>
          ) : null}
        </div>
      ) : null}
      {importer.reports.length > 0 ? (
        <ul className="import-reports">
          {importer.reports.map((report) => (
            <ImportReportView
              key={report.key}
              report={report}
              onDismiss={() => importer.dismiss(report.key)}
              onRetry={(refused) => {
                importer.dismiss(refused.key);
                if (refused.retry) void importer.run([refused.retry]);
              }}
            />
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="user-layers-list">
        <h3 id="user-layers-list">{t("yourLayersHeading")}</h3>
        {layers.length === 0 ? (
          <p className="hint">{t("yourLayersEmpty")}</p>
        ) : (
          <ul className="user-layer-list">
            {layers.map((layer) => (
              <UserLayerRow
                key={layer.id}
                layer={layer}
                onToggle={(visible) => userLayers.toggle(layer.id, visible)}
                onRecolour={() => userLayers.recolour(layer.id)}
                onFrame={() => onFrame(boundsOf(layer.features))}
                onExport={() =>
                  downloadText(`${layer.name}.geojson`, exportUserLayer(layer), "application/geo+json")
                }
                onRemove={() => void userLayers.remove(layer.id)}
              />
            ))}
          </ul>
        )}
        {layers.length > 0 ? (
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              if (window.confirm(t("yourLayersRemoveAllConfirm", { count: layers.length })))
                void userLayers.removeAll();
            }}
          >
            {t("yourLayersRemoveAll")}
          </button>
        ) : null}
      </section>
    </div>
  );
}
