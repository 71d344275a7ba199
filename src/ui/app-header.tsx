// Title, search, sharing and the language switch: what a first-time visitor reaches for first.
import type { PlanSentenceSuggestion } from "../filters/plan-sentences";
import type { SearchEntry } from "../search/search-index-types";
import type { SearchableUserLayer, UserLayerMatch } from "../search/user-layer-search";
import { CopyLinkButton } from "./copy-link-button";
import "./find-and-read.css";
import { SearchBox } from "./search-box";
import { SkipLink } from "./skip-link";
import { useText } from "./text-context";

interface AppHeaderProps {
  query: string;
  onQuery: (query: string) => void;
  onPick: (entry: SearchEntry) => void;
  onShowAll: (projects: SearchEntry[]) => void;
  onMatches: (query: string, ids: string[]) => void;
  onPickSentence: (sentence: PlanSentenceSuggestion) => void;
  userLayers: readonly SearchableUserLayer[];
  onPickUserFeature: (match: UserLayerMatch) => void;
  onToggleLanguage: () => void;
  onPresent?: () => void; // presenter mode: the full-screen tour
}

export function AppHeader({
  query,
  onQuery,
  onMatches,
  onPickSentence,
  onPick,
  onShowAll,
  userLayers,
  onPickUserFeature,
  onToggleLanguage,
  onPresent,
}: AppHeaderProps) {
  const { language, t } = useText();
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
        onClick={onToggleLanguage}
        aria-label={t("switchLanguageLabel")}
        lang={language === "zh" ? "en" : "zh-CN"}
      >
        {t("switchLanguage")}
      </button>
    </header>
  );
}
