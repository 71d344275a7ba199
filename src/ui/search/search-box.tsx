// The header search as an ARIA 1.2 combobox: suggestions under the box as you type, grouped and ranked
// by the build-time index (src/search), arrow keys to move, Enter to pick, Escape to close and then to
// clear. The box's text is the list's query too (one `q=` in the link). The index and the matcher load
// on first focus, so they cost nothing in the first script.
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { failedFile } from "../../browser/failed-file";
import { withLaterTexts } from "../../i18n/load-later-texts";
import type { PlanSentenceSuggestion } from "../../plan-text/plan-sentences";
import { type LoadedSearch, loadSearch } from "../../search/load-search";
import type { EntryKind, SearchEntry } from "../../search/search-index-types";
import type { SearchableUserLayer, UserLayerMatch } from "../../search/user-layer-search";
import { usePlanSentences } from "../../state/plan-text/use-plan-sentences";
import { GROUP_LIMIT, moveActive, type SearchOption, searchGroups } from "../../state/search/search-options";
import { LazyPart } from "../shell/lazy-part";
import { preloadable } from "../shell/preloadable";
import { useText } from "../shell/text-context";

// The options' drawing loads with the index on first focus (the first view does not need it), so the
// list renders at once when the first suggestions are ready.
const loadGroups = preloadable(
  withLaterTexts(() => import("./search-listbox").then((module) => module.SearchGroups)),
);

interface SearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
  onPick: (entry: SearchEntry) => void;
  onShowAll: (projects: SearchEntry[]) => void;
  // Every project the engine finds for the query, so the list and the map show the same ones.
  onMatches: (query: string, ids: string[]) => void;
  // A sentence of the plan: the plan tab opens at it.
  onPickSentence: (sentence: PlanSentenceSuggestion) => void;
  // The planner's own layers (kept in this browser), searched by their features' names.
  userLayers: readonly SearchableUserLayer[];
  onPickUserFeature: (match: UserLayerMatch) => void;
}

type Engine =
  | { state: "idle" | "loading" }
  | { state: "failed"; detail: string }
  | ({ state: "ready" } & LoadedSearch);

const LISTBOX_ID = "search-listbox";

export function SearchBox({
  query,
  onQuery,
  onPick,
  onShowAll,
  onMatches,
  onPickSentence,
  userLayers,
  onPickUserFeature,
}: SearchBoxProps) {
  const { language, t } = useText();
  const [engine, setEngine] = useState<Engine>({ state: "idle" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [expanded, setExpanded] = useState<EntryKind[]>([]);
  const input = useRef<HTMLInputElement>(null);

  // The index, the matcher and the list's drawing: any of them missing, the box says which, with a
  // Retry (each loader forgets a failure, so Retry fetches again).
  const fetchEngine = () => {
    setEngine({ state: "loading" });
    Promise.all([loadSearch(), loadGroups()])
      .then(([loaded]) => setEngine({ state: "ready", ...loaded }))
      .catch((error: unknown) => setEngine({ state: "failed", detail: failedFile(error) }));
  };
  const load = () => {
    if (engine.state === "idle") fetchEngine();
  };
  const retry = () => {
    fetchEngine();
    input.current?.focus();
  };
  // A query from a link opens no suggestions, but the engine is fetched once the box is used.
  const results = useMemo(
    () =>
      engine.state === "ready" && query.trim()
        ? engine.search(query, language, { limitPerGroup: expanded.length > 0 ? Infinity : undefined })
        : null,
    [engine, query, language, expanded],
  );
  const allProjects = useMemo(
    () =>
      engine.state === "ready" && query.trim()
        ? (engine.search(query, language, { limitPerGroup: Infinity }).groups[0]?.results ?? []).map(
            (result) => result.entry,
          )
        : [],
    [engine, query, language],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: report when the answer changes
  useEffect(() => {
    if (engine.state === "ready")
      onMatches(
        query,
        allProjects.map((entry) => entry.key),
      );
  }, [allProjects]);
  // A query from a link: fetch the engine so the list answers it as the suggestions would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at start
  useEffect(() => {
    if (query.trim()) load();
  }, []);
  const plan = usePlanSentences(engine.state === "ready" ? query : "");
  const userMatches = useMemo(
    () =>
      engine.state === "ready" && results ? engine.searchUserLayers(userLayers, query, GROUP_LIMIT) : [],
    [engine, results, userLayers, query],
  );
  const groups = useMemo(
    () => (results ? searchGroups(results, expanded, userMatches, plan.sentences, plan.failure) : []),
    [results, expanded, userMatches, plan.sentences, plan.failure],
  );
  const options = useMemo(() => groups.flatMap((group) => group.options), [groups]);
  // A new query starts with nothing highlighted and every group cut again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a new query only
  useEffect(() => {
    setActive(-1);
    setExpanded([]);
  }, [query, language]);

  const showing = open && query.trim() !== "";
  const listed = showing && options.length > 0;
  const choose = (option: SearchOption) => {
    if (option.type === "retry-sentences") {
      plan.retry();
      return;
    }
    if (option.type === "sentence") {
      setOpen(false);
      onPickSentence(option.sentence);
      return;
    }
    if (option.type === "user-feature") {
      setOpen(false);
      onPickUserFeature(option.match);
      return;
    }
    if (option.type === "show-all") {
      setExpanded((kinds) => [...kinds, option.group]);
      input.current?.focus();
      return;
    }
    setOpen(false);
    onPick(option.result.entry);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setActive(moveActive(active, options.length, event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const option = listed ? options[active] : undefined;
      if (option) return choose(option);
      setOpen(false);
      onShowAll(allProjects);
    } else if (event.key === "Escape") {
      // Handled here: the page-wide Escape (closing the details) must not also fire.
      event.nativeEvent.stopPropagation();
      if (showing) setOpen(false);
      else if (query) onQuery("");
    }
  };

  const activeOption = listed ? options[active] : undefined;
  return (
    <search className="search-box">
      <label htmlFor="project-search" className="visually-hidden">
        {t("searchName")}
      </label>
      <input
        ref={input}
        id="project-search"
        type="search"
        role="combobox"
        aria-expanded={listed}
        aria-controls={LISTBOX_ID}
        aria-autocomplete="list"
        aria-activedescendant={activeOption?.id}
        value={query}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        onFocus={load}
        onChange={(event) => {
          load();
          setOpen(true);
          onQuery(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          // A press inside the listbox keeps it open (the option's click picks), as does the failure's Retry.
          if (!event.relatedTarget?.closest(`#${LISTBOX_ID}, .search-message`)) setOpen(false);
        }}
        onClick={() => setOpen(true)}
      />
      {query ? (
        <button
          type="button"
          className="icon-button"
          onClick={() => {
            onQuery("");
            input.current?.focus();
          }}
          aria-label={t("clearSearch")}
        >
          ×
        </button>
      ) : null}
      <div
        id={LISTBOX_ID}
        role="listbox"
        aria-label={t("searchName")}
        className="search-listbox"
        hidden={!listed}
      >
        {listed ? (
          <LazyPart
            load={loadGroups}
            part="partSearchList"
            loading={null}
            props={{
              id: LISTBOX_ID,
              groups,
              activeId: activeOption?.id,
              onChoose: choose,
              onHighlight: (id: string) => setActive(options.findIndex((option) => option.id === id)),
            }}
          />
        ) : null}
      </div>
      {showing && !listed && engine.state === "failed" ? (
        <div className="search-message load-failure" role="alert">
          <p>{t("searchFailed", { detail: engine.detail })}</p>
          <button type="button" className="secondary-button" onClick={retry}>
            {t("retry")}
          </button>
        </div>
      ) : showing && !listed ? (
        <p className="search-message" role="status">
          {results ? t("searchNothing", { query: results.query }) : t("searchLoading")}
        </p>
      ) : null}
      <span className="visually-hidden" role="status">
        {listed ? t("searchCount", { count: options.length }) : ""}
      </span>
    </search>
  );
}
