// data/plan/quote-translations.json is merged into the project files by hand; until then, and after,
// it must cover every feature and may change a note's wording only where a field name showed through.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { QUOTE_TRANSLATIONS_PATH } from "./plan-paths";
import { defaultProjectFiles } from "./project-files";

interface Translation {
  source_quote_en?: string;
  source_section_en?: string;
  note_zh?: string;
  note_en?: string;
}

const translations = JSON.parse(readFileSync(QUOTE_TRANSLATIONS_PATH, "utf8")) as Record<string, Translation>;
const properties = defaultProjectFiles()
  .flatMap(
    (file) =>
      (JSON.parse(readFileSync(file, "utf8")) as { features: { properties: Record<string, string> }[] })
        .features,
  )
  .map((feature) => feature.properties);
// The width of a note's punctuation is not a fact; comparing with it folded shows any other change.
const folded = (text: string | undefined) =>
  text?.replace(/[：，；（）]/g, (mark) => String.fromCharCode((mark.codePointAt(0) as number) - 0xfee0));

describe("data/plan/quote-translations.json", () => {
  it("translates the quote and the section of every feature, and names no other", () => {
    expect(properties.length).toBeGreaterThan(0);
    for (const { id } of properties) {
      const entry = translations[id as string];
      expect(entry?.source_quote_en?.trim(), id).toBeTruthy();
      expect(entry?.source_section_en?.trim(), id).toBeTruthy();
    }
    const ids = new Set(properties.map((project) => project.id));
    expect(Object.keys(translations).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("uses full-width punctuation and no field names in the Chinese notes", () => {
    for (const [id, entry] of Object.entries(translations)) {
      if (entry.note_zh !== undefined) expect(entry.note_zh, id).not.toMatch(/[:,;()]|[a-z]+_[a-z]+/);
      if (entry.note_en !== undefined) expect(entry.note_en, id).not.toMatch(/[a-z]+_[a-z]+/);
    }
  });

  it("changes only the punctuation of a Chinese note unless the English note is reworded too", () => {
    for (const project of properties) {
      const entry = translations[project.id as string];
      if (entry?.note_zh === undefined || entry.note_en !== undefined) continue;
      expect(folded(entry.note_zh), project.id).toBe(folded(project.note_zh));
    }
  });
});
