// Title, search, sharing and the language switch: what a first-time visitor reaches for first.
import type { PlanSentenceSuggestion } from "../../plan-text/plan-sentences";
import type { SearchEntry } from "../../search/search-index-types";
import type { SearchableUserLayer, UserLayerMatch } from "../../search/user-layer-search";
import { type AppStore, actions } from "../../state/app/app-store";
import { CopyLinkButton } from "./copy-link-button";
import "./find-and-read.css";
import { SearchBox } from "../search/search-box";
import { SkipLink } from "./skip-link";
import { useText } from "./text-context";

interface AppHeaderProps {
  store: AppStore; // the query, the matches, a plan sentence picked and the language go straight to it
  query: string;
  onPick: (entry: SearchEntry) => void;
  onShowAll: (projects: SearchEntry[]) => void;
  userLayers: readonly SearchableUserLayer[];
  onPickUserFeature: (match: UserLayerMatch) => void;
  onPresent?: () => void; // presenter mode: the full-screen tour
}

export function AppHeader({
  store,
  query,
  onPick,
  onShowAll,
  userLayers,
  onPickUserFeature,
  onPresent,
}: AppHeaderProps) {
  const { language, t } = useText();
  const onQuery = (text: string) => store.update(actions.setFilters({ query: text }));
  const onMatches = (text: string, ids: string[]) =>
    store.update(actions.setFilters({ queryMatches: { query: text, ids } }));
  const onPickSentence = ({ blockId, sentenceId }: PlanSentenceSuggestion) =>
    store.update(actions.openPlan({ kind: "sentence", blockId, sentenceId }));
  return (
    <header className="app-header">
      <SkipLink target="project-list" label={t("skipToList")} />
      <div className="app-title">
        <h1>{t("title")}</h1>
        <p>{t("subtitle")}</p>
      </div>
      <SearchBox
        query={query}
        onQuery={onQuery}
        onPick={onPick}
        onShowAll={onShowAll}
        onMatches={onMatches}
        onPickSentence={onPickSentence}
        userLayers={userLayers}
        onPickUserFeature={onPickUserFeature}
      />
      {/* The address always holds the whole view: sharing it is one click, with or without a project. */}
      <CopyLinkButton label={t("shareView")} doneLabel={t("linkCopied")} className="share-button" />
      {onPresent ? (
        <button
          type="button"
          className="language-button present-button"
          onClick={onPresent}
          title={t("presentLabel")}
          aria-keyshortcuts="P"
        >
          {t("present")}
        </button>
      ) : null}
      <button
        type="button"
        className="language-button"
        onClick={() => store.update(actions.toggleLanguage())}
        aria-label={t("switchLanguageLabel")}
        lang={language === "zh" ? "en" : "zh-CN"}
      >
        {t("switchLanguage")}
      </button>
    </header>
  );
}
