// The interface language and its text, read by every component through one hook instead of each building
// its own translate function from a language prop.
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import type { Language } from "../../i18n/language";
import { onTextsRegistered, type Translate, translator } from "../../i18n/messages";

interface Text {
  language: Language;
  t: Translate;
}

const TextContext = createContext<Text>({ language: "zh", t: translator("zh") });

export function TextProvider({ language, children }: { language: Language; children: ReactNode }) {
  // Texts of a feature that loaded later: a new translator, so everything reading it draws again.
  const [version, setVersion] = useState(0);
  useEffect(() => onTextsRegistered(() => setVersion((value) => value + 1)), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version marks newly registered texts
  const value = useMemo(() => ({ language, t: translator(language) }), [language, version]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

export function useText(): Text {
  return useContext(TextContext);
}
