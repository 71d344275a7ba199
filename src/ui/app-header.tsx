// Title, search and the language switch: what a first-time visitor reaches for first.
import { useText } from "./text-context";

interface AppHeaderProps {
  query: string;
  onQuery: (query: string) => void;
  onToggleLanguage: () => void;
  onPresent?: () => void; // presenter mode: the full-screen tour
}

export function AppHeader({ query, onQuery, onToggleLanguage, onPresent }: AppHeaderProps) {
  const { language, t } = useText();
  return (
    <header className="app-header">
      <a className="skip-link" href="#project-list">
        {t("skipToList")}
      </a>
      <div className="app-title">
        <h1>{t("title")}</h1>
        <p>{t("subtitle")}</p>
      </div>
      <search className="search-box">
        <label htmlFor="project-search" className="visually-hidden">
          {t("searchLabel")}
        </label>
        <input
          id="project-search"
          type="search"
          value={query}
          placeholder={t("searchPlaceholder")}
          autoComplete="off"
          maxLength={100}
          onChange={(event) => onQuery(event.target.value)}
        />
        {query ? (
          <button
            type="button"
            className="icon-button"
            onClick={() => onQuery("")}
            aria-label={t("clearSearch")}
          >
            ×
          </button>
        ) : null}
      </search>
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
