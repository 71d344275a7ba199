// Lets a user pick an online basemap the deployment offers. The embedded basemap stays the default; keys
// and style addresses never go into the shareable link.
import { useEffect, useId, useState } from "react";
import type { BasemapConfig } from "../../data/basemap-config";
import { useText } from "../shell/text-context";

interface BasemapSwitchProps {
  config: BasemapConfig;
  // What is drawn: the list follows it when the default, the close-up note or a fallback changes it.
  activeId?: string;
  onChoose: (optionId: string, input: { key?: string; url?: string }) => void;
}

export function BasemapSwitch({ config, activeId = "embedded", onChoose }: BasemapSwitchProps) {
  const [optionId, setOptionId] = useState(activeId);
  useEffect(() => setOptionId(activeId), [activeId]);
  const [key, setKey] = useState("");
  const [url, setUrl] = useState("");
  const [showKey, setShowKey] = useState(false);
  const id = useId();
  const option = config.basemaps.find((candidate) => candidate.id === optionId);
  const { language, t } = useText();
  const apply = (nextId: string) => {
    const next = config.basemaps.find((candidate) => candidate.id === nextId);
    if (next?.kind === "embedded" || next?.kind === "raster" || next?.kind === "pmtiles")
      onChoose(nextId, {});
  };
  if (config.basemaps.length < 2) return null;
  return (
    <fieldset className="basemap-switch">
      <legend>{t("basemap")}</legend>
      <label htmlFor={`${id}-choice`} className="visually-hidden">
        {t("basemap")}
      </label>
      <select
        id={`${id}-choice`}
        value={optionId}
        onChange={(event) => {
          setOptionId(event.target.value);
          apply(event.target.value);
        }}
      >
        {config.basemaps.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {language === "zh" ? candidate.name_zh : candidate.name_en}
          </option>
        ))}
      </select>
      {option?.kind === "tianditu" || option?.kind === "style-url" ? (
        <form
          className="basemap-input"
          onSubmit={(event) => {
            event.preventDefault();
            onChoose(optionId, option.kind === "tianditu" ? { key } : { url });
          }}
        >
          <label htmlFor={`${id}-input`}>
            {option.kind === "tianditu" ? t("basemapKey") : t("basemapUrl")}
          </label>
          <div className="basemap-field">
            {/* The key is a secret: hidden as typed (a projector shows the page), shown on request. */}
            <input
              id={`${id}-input`}
              type={option.kind === "tianditu" ? (showKey ? "text" : "password") : "url"}
              value={option.kind === "tianditu" ? key : url}
              onChange={(event) => (option.kind === "tianditu" ? setKey : setUrl)(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            {option.kind === "tianditu" ? (
              <button
                type="button"
                className="secondary-button"
                aria-pressed={showKey}
                onClick={() => setShowKey((shown) => !shown)}
              >
                {showKey ? t("hideKey") : t("showKey")}
              </button>
            ) : null}
          </div>
          <button type="submit" className="secondary-button">
            {t("basemapApply")}
          </button>
        </form>
      ) : null}
      {option && option.kind !== "embedded" ? (
        <p className="hint">{t(option.kind === "pmtiles" ? "basemapArchiveHint" : "basemapOnlineHint")}</p>
      ) : null}
    </fieldset>
  );
}
