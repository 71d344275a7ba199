// Gathers row or feature problems while a file is read, listing the first MAX_LISTED_PROBLEMS and only
// counting the rest, so a file of 10,000 bad rows costs a counter, not 10,000 messages.
import { MAX_LISTED_PROBLEMS } from "./import-limits";
import type { ImportProblem, MessageValues, ProblemPlace } from "./import-types";

export interface ProblemCollector {
  listed: ImportProblem[];
  notListed: number;
  add: (where: ProblemPlace, code: string, values?: MessageValues) => void;
}

export function problemCollector(limit = MAX_LISTED_PROBLEMS): ProblemCollector {
  const collector: ProblemCollector = {
    listed: [],
    notListed: 0,
    add: (where, code, values = {}) => {
      if (collector.listed.length < limit) collector.listed.push({ where, code, values });
      else collector.notListed++;
    },
  };
  return collector;
}
