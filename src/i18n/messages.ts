// Interface text in both languages, one module per feature under texts/. Keys name the place the
// text appears, not its wording.
import type { Language } from "./language";
import { findAndReadMessages } from "./texts/find-and-read";
import { honestMapMessages } from "./texts/honest-map";
import { planTextMessages } from "./texts/plan-text";
import { plannerMessages } from "./texts/planner";
import { plannerAnswersMessages } from "./texts/planner-answers";
import { presenterMessages } from "./texts/presenter";
import { presenterRoomMessages } from "./texts/presenter-room";
import { progressMessages } from "./texts/progress";
import { robustnessMessages } from "./texts/robustness";
import { shellMessages } from "./texts/shell";
import { yourLayersMessages } from "./texts/your-layers";

const zh = {
  ...shellMessages.zh,
  ...presenterMessages.zh,
  ...plannerMessages.zh,
  ...plannerAnswersMessages.zh,
  ...progressMessages.zh,
  ...yourLayersMessages.zh,
  ...honestMapMessages.zh,
  ...planTextMessages.zh,
  ...findAndReadMessages.zh,
  ...presenterRoomMessages.zh,
  ...robustnessMessages.zh,
};
export type MessageKey = keyof typeof zh;
const en: Record<MessageKey, string> = {
  ...shellMessages.en,
  ...presenterMessages.en,
  ...plannerMessages.en,
  ...plannerAnswersMessages.en,
  ...progressMessages.en,
  ...yourLayersMessages.en,
  ...honestMapMessages.en,
  ...planTextMessages.en,
  ...findAndReadMessages.en,
  ...presenterRoomMessages.en,
  ...robustnessMessages.en,
};

const MESSAGES: Record<Language, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** translate() bound to one language: what components get from the text context. */
export function translator(language: Language): Translate {
  return (key, values) => translate(language, key, values);
}

export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
