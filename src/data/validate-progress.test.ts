import { describe, expect, it } from "vitest";
import { constructionStarted } from "../../tests/support/airport-fixtures";
import { formatProblem } from "./problem";
import { dateSpan } from "./progress-dates";
import type { ProgressEntry } from "./progress-schema";
import { validateProgress, validateProgressText } from "./validate-progress";

const context = {
  projectIds: new Set(["jiaxing-military-civil-airport", "hangzhou-haining-intercity-railway"]),
  today: "2026-11-29",
};
const started: ProgressEntry = constructionStarted();
const opened: ProgressEntry = { ...started, date: "2025-12-26", stage: "opened" };

function check(entries: unknown[], asOf = "2026-11-29") {
  const result = validateProgress({ as_of: asOf, entries }, context);
  return { ...result, messages: result.problems.map(formatProblem) };
}

describe("validateProgress", () => {
  it("keeps sound entries and reports nothing", () => {
    const result = check([started, opened]);
    expect(result.messages).toEqual([]);
    expect(result.entries).toEqual([started, opened]);
    expect(result.asOf).toBe("2026-11-29");
  });

  it("rejects an unknown project id, naming the entry by its position", () => {
    const result = check([started, { ...opened, project: "jiaxing-moon-base" }]);
    expect(result.messages).toEqual([
      'progress.json: entry 2: project: "jiaxing-moon-base" is not the id of any project',
    ]);
    expect(result.entries).toEqual([started]);
  });

  it("rejects a date in the future, after as_of, before 2020 or not a real day", () => {
    const messages = check(
      [
        { ...started, date: "2027-01" },
        { ...started, project: "hangzhou-haining-intercity-railway", date: "2019-12-28" },
        { ...opened, date: "2026-02-30" },
      ],
      "2026-06-30",
    ).messages;
    expect(messages).toEqual([
      "progress.json: entry 1: date: 2027-01 is in the future (today is 2026-11-29)",
      "progress.json: entry 2: date: 2019-12-28 is before 2020, the year of the plan",
      'progress.json: entry 3: date: "2026-02-30" must be a real date written YYYY-MM-DD, YYYY-MM or YYYY',
    ]);
    expect(check([{ ...opened, date: "2026-07" }], "2026-06-30").messages).toEqual([
      "progress.json: entry 1: date: 2026-07 is after as_of (2026-06-30)",
    ]);
  });

  it("accepts a partial date that overlaps today or an earlier stage", () => {
    const approved = { ...started, stage: "approved", date: "2022" };
    expect(check([approved, started, { ...opened, date: "2026" }]).messages).toEqual([]);
  });

  it("rejects a later stage dated before an earlier one, and keeps the earlier", () => {
    const result = check([opened, { ...started, stage: "completed", date: "2024-05" }]);
    expect(result.messages).toEqual([
      'progress.json: entry 2: stage: "completed" on 2024-05 comes before "opened" on 2025-12-26 (entry 1); stages must follow approved < construction-started < opened < completed',
    ]);
    expect(result.entries).toEqual([opened]);
  });

  it("lets suspended and cancelled follow any stage", () => {
    const suspended = { ...started, stage: "suspended", date: "2020-03" };
    expect(check([opened, suspended]).messages).toEqual([]);
  });

  it("rejects a missing source and a blank title or excerpt", () => {
    const { source_url: _dropped, ...withoutUrl } = started;
    const messages = check([withoutUrl, { ...opened, source_title: " ", source_excerpt: "" }]).messages;
    expect(messages).toEqual([
      "progress.json: entry 1: source_url: is missing",
      "progress.json: entry 2: source_title: is empty",
      "progress.json: entry 2: source_excerpt: is empty",
    ]);
  });

  it("rejects a source address that is not http(s)", () => {
    const messages = check([
      { ...started, source_url: "ftp://example.org/airport" },
      { ...opened, source_url: "嘉兴日报" },
    ]).messages;
    expect(messages).toEqual([
      'progress.json: entry 1: source_url: "ftp://example.org/airport" must start with http:// or https://',
      'progress.json: entry 2: source_url: "嘉兴日报" is not a web address',
    ]);
  });

  it("rejects an excerpt longer than 160 characters, counting Chinese characters as one", () => {
    expect(check([{ ...started, source_excerpt: "开".repeat(160) }]).messages).toEqual([]);
    expect(check([{ ...started, source_excerpt: "开".repeat(161) }]).messages).toEqual([
      "progress.json: entry 1: source_excerpt: is 161 characters long; quote at most 160, only what states the fact",
    ]);
  });

  it("rejects a quote that shows garbled characters: a converter's reading in brackets, a replacement character", () => {
    expect(check([{ ...started, source_excerpt: "上海市金山區(qū)至浙江省嘉興市" }]).messages).toEqual([
      'progress.json: entry 1: source_excerpt: shows garbled characters ("區(qū)"); quote the page\'s text clean',
    ]);
    expect(check([{ ...started, source_title: "嘉兴\uFFFD机场" }]).messages).toHaveLength(1);
    // English in brackets after Chinese is not garbled: "(Haining)" is a name, not a reading.
    expect(check([{ ...started, source_excerpt: "海宁(Haining)站" }]).messages).toEqual([]);
  });

  it("needs text in both languages, the Chinese with full-width punctuation", () => {
    const messages = check([
      { ...started, text_en: "机场开工。" },
      { ...opened, text_zh: "机场投运,首日开通4条航线。" },
    ]).messages;
    expect(messages).toEqual([
      'progress.json: entry 1: text_en: "机场开工。" contains Chinese characters; it should be the English text',
      "progress.json: entry 2: text_zh: uses half-width punctuation; Chinese text uses full-width ，；：！？（）",
    ]);
  });

  it("rejects a second entry for the same project and stage", () => {
    const result = check([started, { ...started, date: "2022-11" }]);
    expect(result.messages).toEqual([
      "progress.json: entry 2: stage: duplicates entry 1 (jiaxing-military-civil-airport, construction-started); give one entry per stage and say in its text where sources disagree",
    ]);
    expect(result.entries).toEqual([started]);
  });

  it("rejects an unknown stage and a non-object entry", () => {
    expect(check([{ ...started, stage: "planned" }, "opened"]).messages).toEqual([
      'progress.json: entry 1: stage: "planned" is not one of approved, construction-started, opened, completed, suspended, cancelled',
      "progress.json: entry 2: entry: must be an object",
    ]);
  });

  it("reports a bad as_of and checks dates against today instead", () => {
    const result = check([started], "2027-01-01");
    expect(result.messages).toEqual([
      "progress.json: -: as_of: 2027-01-01 is in the future (today is 2026-11-29)",
    ]);
    expect(result.asOf).toBeNull();
    expect(result.entries).toEqual([started]);
    expect(check([], "2026-11").messages).toEqual([
      'progress.json: -: as_of: "2026-11" must be a day written YYYY-MM-DD',
    ]);
  });

  it("reports text that is not JSON or not a record, without throwing", () => {
    expect(validateProgressText("{", context).problems.map((found) => found.field)).toEqual(["json"]);
    expect(validateProgressText("[]", context).problems.map(formatProblem)).toEqual([
      'progress.json: -: entries: missing; the file must be an object with "as_of" and an "entries" array',
    ]);
  });
});

describe("dateSpan", () => {
  it("gives the days each date form covers", () => {
    expect(dateSpan("2024")).toEqual({ year: 2024, first: "2024-01-01", last: "2024-12-31" });
    expect(dateSpan("2024-02")).toEqual({ year: 2024, first: "2024-02-01", last: "2024-02-29" });
    expect(dateSpan("2023-02-29")).toBeNull();
    expect(dateSpan("2023-13")).toBeNull();
    expect(dateSpan("23-01-01")).toBeNull();
  });
});
