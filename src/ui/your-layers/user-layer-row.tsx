// One of the planner's layers in the panel: a switch with its colour, name and feature count, and its
// actions — next colour, zoom to it, export it as cleaned GeoJSON, remove it.
import type { StoredUserLayer } from "../../import/user-layer-store";
import { userLayerColour } from "../../layers/user-layers";
import { useText } from "../shell/text-context";

interface UserLayerRowProps {
  layer: StoredUserLayer;
  onToggle: (visible: boolean) => void;
  onRecolour: () => void;
  onFrame: () => void;
  onExport: () => void;
  onRemove: () => void;
}

export function UserLayerRow({
  layer,
  onToggle,
  onRecolour,
  onFrame,
  onExport,
  onRemove,
}: UserLayerRowProps) {
  const { language, t } = useText();
  const count = layer.features.features.length;
  return (
    <li className="user-layer" data-layer-name={layer.name} data-layer-id={layer.id}>
      <label className={`toggle-row${layer.visible ? "" : " is-off"}`}>
        <input
          type="checkbox"
          checked={layer.visible}
          aria-label={t("yourLayersShow", { name: layer.name })}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <span
          className="user-layer-swatch"
          aria-hidden="true"
          style={{ background: userLayerColour(layer.colourIndex) }}
        />
        <span className="toggle-label user-layer-name">{layer.name}</span>
        <span className="toggle-count">
          {count === 1
            ? t("yourLayersFeature")
            : t("yourLayersFeatures", { count: count.toLocaleString(language === "zh" ? "zh-CN" : "en") })}
        </span>
      </label>
      <div className="user-layer-actions">
        <button type="button" className="link-button" onClick={onRecolour}>
          {t("yourLayersRecolour")}
        </button>
        <button type="button" className="link-button" onClick={onFrame} disabled={count === 0}>
          {t("yourLayersFrame")}
        </button>
        <button type="button" className="link-button" onClick={onExport}>
          {t("yourLayersExport")}
        </button>
        <button type="button" className="link-button is-danger" onClick={onRemove}>
          {t("yourLayersRemove")}
        </button>
      </div>
    </li>
  );
}
