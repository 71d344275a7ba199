// The combobox's options as one flat, ordered list: each group's results (at most GROUP_LIMIT unless
// the reader asked to see all) followed by a "show all" option when more match. Arrow keys walk this
// list; the listbox draws it grouped. Pure, so the keyboard rules are tested without a browser.

import type { Bounds } from "../../geo/coordinates";
import type { PlanSentenceSuggestion } from "../../plan-text/plan-sentences";
import type { SearchResult, SearchResults } from "../../search/search-entries";
import type { EntryKind } from "../../search/search-index-types";
import type { UserLayerMatch } from "../../search/user-layer-search";

export const GROUP_LIMIT = 8;

// The plan's own sentences are a group of their own after the index's four (issue 16); the planner's
// own layers' features come between them (issue 17), so the sentences, which arrive later, cannot push
// them down while the reader is looking.
export type GroupKind = EntryKind | "user-feature" | "sentence";

export type SearchOption =
  | { type: "entry"; id: string; group: EntryKind; result: SearchResult }
  | { type: "show-all"; id: string; group: EntryKind; total: number }
  | { type: "user-feature"; id: string; group: "user-feature"; match: UserLayerMatch }
  | { type: "sentence"; id: string; group: "sentence"; sentence: PlanSentenceSuggestion }
  // The plan's sentences could not be searched: the group says why, and choosing it tries again.
  | { type: "retry-sentences"; id: string; group: "sentence"; detail: string };

export interface OptionGroup {
  kind: GroupKind;
  options: SearchOption[];
}

/** The features of the planner's own layers whose names hold the query (none: no group). */
export function userFeatureGroup(matches: readonly UserLayerMatch[]): OptionGroup[] {
  if (matches.length === 0) return [];
  const options: SearchOption[] = matches.map((match, index) => ({
    type: "user-feature",
    id: `search-option-user-feature-${index}`,
    group: "user-feature",
    match,
  }));
  return [{ kind: "user-feature", options }];
}

/** The plan's sentences that contain the query, as the last group (none: no group), or its failure. */
export function sentenceGroup(
  sentences: readonly PlanSentenceSuggestion[],
  failure: string | null = null,
): OptionGroup[] {
  if (failure !== null) {
    const retry: SearchOption = {
      type: "retry-sentences",
      id: "search-option-sentence-retry",
      group: "sentence",
      detail: failure,
    };
    return [{ kind: "sentence", options: [retry] }];
  }
  if (sentences.length === 0) return [];
  const options: SearchOption[] = sentences.map((sentence, index) => ({
    type: "sentence",
    id: `search-option-sentence-${index}`,
    group: "sentence",
    sentence,
  }));
  return [{ kind: "sentence", options }];
}

export function optionGroups(results: SearchResults, expanded: readonly EntryKind[]): OptionGroup[] {
  return results.groups
    .filter((group) => group.total > 0)
    .map((group) => {
      const all = expanded.includes(group.kind);
      const shown = all ? group.results : group.results.slice(0, GROUP_LIMIT);
      const options: SearchOption[] = shown.map((result, index) => ({
        type: "entry",
        id: `search-option-${group.kind}-${index}`,
        group: group.kind,
        result,
      }));
      if (!all && group.total > shown.length) {
        options.push({
          type: "show-all",
          id: `search-option-${group.kind}-all`,
          group: group.kind,
          total: group.total,
        });
      }
      return { kind: group.kind, options };
    });
}

/** Every group in the order the listbox draws them and the arrow keys walk them. */
export function searchGroups(
  results: SearchResults,
  expanded: readonly EntryKind[],
  userMatches: readonly UserLayerMatch[],
  sentences: readonly PlanSentenceSuggestion[],
  sentenceFailure: string | null = null,
): OptionGroup[] {
  return [
    ...optionGroups(results, expanded),
    ...userFeatureGroup(userMatches),
    ...sentenceGroup(sentences, sentenceFailure),
  ];
}

/** The next highlighted option: wraps at both ends; from nothing highlighted (-1) Down goes to the first. */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** The extent that holds every bounds given, or null when none is. */
export function unionBounds(all: readonly (Bounds | undefined)[]): Bounds | null {
  let union: Bounds | null = null;
  for (const bounds of all) {
    if (!bounds) continue;
    union = union
      ? [
          Math.min(union[0], bounds[0]),
          Math.min(union[1], bounds[1]),
          Math.max(union[2], bounds[2]),
          Math.max(union[3], bounds[3]),
        ]
      : [...bounds];
  }
  return union;
}
