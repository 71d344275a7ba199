// The page's language tag and title follow the interface language (screen readers and the tab's title).
import { useEffect } from "react";
import { LANGUAGE_TAGS, type Language } from "../../i18n/language";
import { translate } from "../../i18n/messages";

export function useDocumentLanguage(language: Language): void {
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
    document.title = translate(language, "title");
  }, [language]);
}
