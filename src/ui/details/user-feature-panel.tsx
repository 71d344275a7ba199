// The details of a feature from the planner's own layer: its name (from the layer's name column), the
// layer it came from and every property, written as text — a value holding markup shows the markup's
// characters, it never becomes part of the page.
import type { Feature } from "geojson";
import { useEffect, useRef } from "react";
import { nameColumn } from "../../data/name-column";
import type { StoredUserLayer } from "../../import/user-layer-store";
import { userLayerColour } from "../../layers/user-layers";
import { useText } from "../shell/text-context";

interface UserFeaturePanelProps {
  layer: StoredUserLayer;
  feature: Feature;
  index: number; // 0-based place in the layer
  onClose: () => void;
}

export function UserFeaturePanel({ layer, feature, index, onClose }: UserFeaturePanelProps) {
  const { t } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus when another feature opens
  useEffect(() => heading.current?.focus(), [layer.id, index]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  const properties = Object.entries(feature.properties ?? {});
  const column = nameColumn(properties.map(([key]) => key));
  const name = column === null ? "" : String(feature.properties?.[column] ?? "").trim();
  return (
    <aside className="detail-panel user-feature-panel" aria-labelledby="user-feature-heading">
      <div className="detail-header">
        <h2 id="user-feature-heading" tabIndex={-1} ref={heading}>
          {name || t("userFeatureUntitled", { number: index + 1 })}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </div>
      <p className="detail-status">
        <span
          className="user-layer-swatch"
          aria-hidden="true"
          style={{ background: userLayerColour(layer.colourIndex) }}
        />
        {t("userFeatureLayer", { name: layer.name })}
      </p>
      <dl className="detail-facts">
        <div>
          <dt>{t("userFeatureGeometry")}</dt>
          <dd>{feature.geometry?.type ?? "—"}</dd>
        </div>
      </dl>
      <h3>{t("userFeatureProperties")}</h3>
      {properties.length === 0 ? (
        <p className="hint">{t("userFeatureNoProperties")}</p>
      ) : (
        <dl className="detail-facts user-feature-properties">
          {properties.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{typeof value === "object" ? JSON.stringify(value) : String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </aside>
  );
}
