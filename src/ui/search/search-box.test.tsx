// @vitest-environment happy-dom
// The header search mounted with its props in a DOM and used as a person would: typing words, moving
// with the arrow keys, Enter, Escape; what it hands up; what it says when nothing matches.
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SearchEntry } from "../../search/search-index-types";
import { SearchBox } from "./search-box";

// The real index comes from the Vite plugin, which the unit tests do not run; the plan's sentences load
// the plan, which is not what these tests are about.
vi.mock("../../search/load-search-index", async () => {
  const { TEST_INDEX } = await import("../../../tests/support/search-test-index");
  return { loadSearchIndex: async () => TEST_INDEX };
});
vi.mock("../../state/plan-text/use-plan-sentences", () => ({
  usePlanSentences: () => ({ sentences: [], failure: null, retry: () => undefined }),
}));

afterEach(cleanup);

interface Handlers {
  onPick: (entry: SearchEntry) => void;
  onShowAll: (projects: SearchEntry[]) => void;
  onMatches: (query: string, ids: string[]) => void;
}

// The box with its query held as the app holds it (the box's text is the list's query).
function Harness(handlers: Handlers) {
  const [query, setQuery] = useState("");
  return (
    <SearchBox
      query={query}
      onQuery={setQuery}
      {...handlers}
      onPickSentence={() => undefined}
      userLayers={[]}
      onPickUserFeature={() => undefined}
    />
  );
}

function mount() {
  const handlers = {
    onPick: vi.fn<Handlers["onPick"]>(),
    onShowAll: vi.fn<Handlers["onShowAll"]>(),
    onMatches: vi.fn<Handlers["onMatches"]>(),
  };
  render(<Harness {...handlers} />);
  return { box: screen.getByRole("combobox", { name: "搜索" }) as HTMLInputElement, ...handlers };
}

describe("the search box", () => {
  it("suggests by words in any order, grouped, the matched characters marked", async () => {
    const { box, onMatches } = mount();
    await userEvent.type(box, "tielu hanghai");
    const projects = await screen.findByRole("group", { name: "项目" }, { timeout: 5000 });
    const options = projects.querySelectorAll('[role="option"]');
    expect(options[0]?.textContent).toContain("杭海城际铁路");
    expect(box.getAttribute("aria-expanded")).toBe("true");
    expect([...(options[0]?.querySelectorAll("mark") ?? [])].map((mark) => mark.textContent)).toEqual([
      "杭海",
      "铁路",
    ]);
    // The list below answers the same query: every project the words find, the best first.
    await waitFor(() => expect(onMatches.mock.lastCall?.[0]).toBe("tielu hanghai"));
    expect(onMatches.mock.lastCall?.[1][0]).toBe("hangzhou-haining-intercity-railway");
  });

  it("picks with the keys: ArrowDown highlights, Enter picks, Escape closes and then clears", async () => {
    const { box, onPick } = mount();
    await userEvent.type(box, "海宁");
    // The DOM gives a marked part of a name its own word: "海宁 市".
    const county = await screen.findByRole("option", { name: /^海宁\s*市/ }, { timeout: 5000 });
    // Projects first, then counties: walk down to the county.
    const options = screen.getAllByRole("option");
    for (let step = 0; step <= options.indexOf(county); step += 1) await userEvent.keyboard("{ArrowDown}");
    expect(box.getAttribute("aria-activedescendant")).toBe(county.id);
    await userEvent.keyboard("{Enter}");
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ kind: "county", key: "330481" }));
    expect(box.getAttribute("aria-expanded")).toBe("false");
    await userEvent.keyboard("{Escape}");
    expect(box.value).toBe("");
  });

  it("hands every matching project up on Enter with nothing highlighted", async () => {
    const { box, onShowAll } = mount();
    await userEvent.type(box, "intercity");
    await screen.findByRole("group", { name: "项目" }, { timeout: 5000 });
    await userEvent.keyboard("{Enter}");
    expect(onShowAll.mock.calls[0]?.[0].map((entry) => entry.key).sort()).toEqual([
      "hangzhou-haining-intercity-railway",
      "shanghai-pinghu-intercity-railway",
    ]);
  });

  it("says what was searched when nothing matches, and never echoes control characters", async () => {
    const { box } = mount();
    await userEvent.type(box, "grand zzqq");
    await waitFor(() =>
      expect(document.querySelector(".search-message")?.textContent).toBe(
        "没有找到与“grand zzqq”相关的项目、区县或地点。",
      ),
    );
    await act(async () => {
      await userEvent.clear(box);
      await userEvent.type(box, "\u202E海宁qqzz");
    });
    await waitFor(() =>
      expect(document.querySelector(".search-message")?.textContent).toContain("“海宁qqzz”"),
    );
  });
});
