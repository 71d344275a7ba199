// The interface language and its text, read by every component through one hook instead of each building
// its own translate function from a language prop.
import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { Language } from "../i18n/language";
import { type Translate, translator } from "../i18n/messages";

interface Text {
  language: Language;
  t: Translate;
}

const TextContext = createContext<Text>({ language: "zh", t: translator("zh") });

export function TextProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

export function useText(): Text {
  return useContext(TextContext);
}
