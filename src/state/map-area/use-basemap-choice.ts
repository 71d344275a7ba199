// Which basemap is drawn. The embedded one is the fallback, and the default unless config.json names
// another: an online basemap that fails (no network, bad key, slow server), chosen or the default, hands
// back to it within config.fallbackSeconds, with a notice.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { failedFile } from "../../browser/failed-file";
import { type BasemapConfig, type BasemapOption, DEFAULT_CONFIG } from "../../data/basemap-config";
import { fetchText } from "../../data/fetch-json";
import type { Language } from "../../i18n/language";
import type { ActiveBasemap } from "../../layers/online-basemap";
import type { Resolved } from "./resolved-basemap";

export interface BasemapChoice {
  config: BasemapConfig;
  configProblems: string[];
  // The code that reads config.json could not be fetched: its file, and a Retry.
  configFailure: { detail: string; retry: () => void } | null;
  active: ActiveBasemap;
  activeId: string; // the config id of what is drawn ("embedded" for the embedded basemap)
  // count numbers the failures of this visit, so a repeated failure is a new notice.
  failure: (FailureInput & { count: number }) | null;
  choose: (optionId: string, input: { key?: string; url?: string }) => Promise<void>;
  fail: (detail: string) => void;
  clearFailure: () => void;
  retry: () => void; // tries the basemap that failed again, as it was chosen
}

const EMBEDDED: ActiveBasemap = { kind: "embedded" };

// The basemap's name in both languages, so the notice reads in the interface's language; `details`, the
// reason in both languages where the app words it (an archive); `archive`, a PMTiles basemap's failure.
type FailureInput = {
  name_zh: string;
  name_en: string;
  detail: string;
  details?: Record<Language, string>;
  archive?: boolean;
};
function namesOf(option: BasemapOption | undefined, fallback: string) {
  return { name_zh: option?.name_zh ?? fallback, name_en: option?.name_en ?? fallback };
}

export function useBasemapChoice(): BasemapChoice {
  const [config, setConfig] = useState(DEFAULT_CONFIG);
  const [configProblems, setConfigProblems] = useState<string[]>([]);
  const [codeFailure, setCodeFailure] = useState<string | null>(null);
  const [configAttempt, setConfigAttempt] = useState(0);
  const [active, setActive] = useState<ActiveBasemap>(EMBEDDED);
  const [failure, setFailureState] = useState<BasemapChoice["failure"]>(null);
  const failures = useRef(0);
  const setFailure = useCallback((next: FailureInput | null) => {
    if (next) failures.current += 1;
    setFailureState(next ? { ...next, count: failures.current } : null);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: configAttempt is a Retry
  useEffect(() => {
    setCodeFailure(null);
    fetchText(`${import.meta.env.BASE_URL}config.json`).then((result) => {
      if (!result.ok) return; // no config: the embedded basemap alone, as intended for offline use
      let json: unknown;
      try {
        json = JSON.parse(result.text);
      } catch {
        setConfigProblems(["config.json: is not valid JSON"]);
        return;
      }
      import("../../data/parse-basemap-config").then(
        ({ parseBasemapConfig }) => {
          const parsed = parseBasemapConfig(json);
          setConfig(parsed.config);
          setConfigProblems(parsed.problems);
        },
        // Not config.json's fault: the chunk that reads it is named, with a Retry.
        (error: unknown) => setCodeFailure(failedFile(error)),
      );
    });
  }, [configAttempt]);
  const configFailure = useMemo(
    () => (codeFailure ? { detail: codeFailure, retry: () => setConfigAttempt((value) => value + 1) } : null),
    [codeFailure],
  );

  const lastChoice = useRef<{ id: string; input: { key?: string; url?: string } } | null>(null);
  const choose = useCallback(
    async (optionId: string, input: { key?: string; url?: string }) => {
      lastChoice.current = { id: optionId, input };
      const option = config.basemaps.find((candidate) => candidate.id === optionId);
      setFailure(null);
      if (!option || option.kind === "embedded") return setActive(EMBEDDED);
      let resolved: Resolved;
      try {
        const { resolveBasemap } = await import("./resolve-basemap");
        resolved = await resolveBasemap(option, input, config.fallbackSeconds);
      } catch (error) {
        resolved = { ok: false, detail: failedFile(error) }; // the resolver's own file did not load
      }
      if (!resolved.ok) {
        if (!resolved.keep) setActive(EMBEDDED);
        const { detail, details } = resolved;
        return setFailure({
          ...namesOf(option, option.id),
          detail,
          details,
          archive: option.kind === "pmtiles",
        });
      }
      setActive(resolved.active);
    },
    [config, setFailure],
  );

  // The deployment's default, once its config.json is read; failures go the same way as a user's choice.
  useEffect(() => {
    if (config.defaultId !== "embedded") void choose(config.defaultId, {});
  }, [config, choose]);

  const activeNow = useRef(active);
  activeNow.current = active;
  const fail = useCallback(
    (detail: string) => {
      const current = activeNow.current;
      if (current.kind !== "embedded") {
        const option = config.basemaps.find((candidate) => candidate.id === current.id);
        // MapLibre's message carries the whole tile URL (and the key in it): the server's name says enough.
        const short = detail.replace(/https?:\/\/([^/\s?#]+)[^\s)]*/g, "$1");
        setFailure({ ...namesOf(option, current.id), detail: short, archive: current.kind === "pmtiles" });
      }
      setActive(EMBEDDED);
    },
    [config, setFailure],
  );
  const clearFailure = useCallback(() => setFailure(null), [setFailure]);
  const retry = useCallback(() => {
    if (lastChoice.current) void choose(lastChoice.current.id, lastChoice.current.input);
  }, [choose]);
  const activeId = active.kind === "embedded" ? "embedded" : active.id;
  return {
    config,
    configProblems,
    configFailure,
    active,
    activeId,
    failure,
    choose,
    fail,
    clearFailure,
    retry,
  };
}
