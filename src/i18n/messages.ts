// Interface text in both languages, one module per feature under texts/. Keys name the place the
// text appears, not its wording. The first view's texts are here; the on-demand features' texts arrive
// with texts/later.ts (registered by load-later-texts.ts), so the first script stays small.
import type { Language } from "./language";
import { findAndReadMessages } from "./texts/find-and-read";
import { honestMapMessages } from "./texts/honest-map";
import type { laterTexts } from "./texts/later";
import { plannerMessages } from "./texts/planner";
import { presenterMessages } from "./texts/presenter";
import { robustnessMessages } from "./texts/robustness";
import { shellMessages } from "./texts/shell";

const zh = {
  ...shellMessages.zh,
  ...presenterMessages.zh,
  ...plannerMessages.zh,
  ...honestMapMessages.zh,
  ...findAndReadMessages.zh,
  ...robustnessMessages.zh,
};
const en: Record<keyof typeof zh, string> = {
  ...shellMessages.en,
  ...presenterMessages.en,
  ...plannerMessages.en,
  ...honestMapMessages.en,
  ...findAndReadMessages.en,
  ...robustnessMessages.en,
};

export type MessageKey = keyof typeof zh | keyof (typeof laterTexts)["zh"];
type Table = Partial<Record<MessageKey, string>>;
const MESSAGES: Record<Language, Table> = { zh: { ...zh }, en: { ...en } };
const listeners = new Set<() => void>();

/** Adds the texts of a feature that loaded later; everything showing text draws again. */
export function registerTexts(texts: { zh: Table; en: Table }): void {
  Object.assign(MESSAGES.zh, texts.zh);
  Object.assign(MESSAGES.en, texts.en);
  for (const listener of listeners) listener();
}

export function onTextsRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** translate() bound to one language: what components get from the text context. */
export function translator(language: Language): Translate {
  return (key, values) => translate(language, key, values);
}

// A text whose feature has not loaded yet reads as empty for that moment, never as its key.
export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return (MESSAGES[language][key] ?? "").replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
