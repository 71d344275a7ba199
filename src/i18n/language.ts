export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

// BCP 47 tags for <html lang>, so screen readers pick the right voice.
export const LANGUAGE_TAGS: Record<Language, string> = { zh: "zh-CN", en: "en" };
