// The presenter's own tour ("mine"), kept in this browser's localStorage and saved on every edit. Read
// back through the same validator as data/tour.json, so a stored tour that no longer fits the data keeps
// its good slides and lists the rest. Loading a file checks captions against the plan's text as well.
import { useCallback, useEffect, useMemo, useState } from "react";
import { formatProblem, type Problem } from "../../data/problem";
import type { ProjectProperties } from "../../data/project-schema";
import type { Tour } from "../../data/tour-schema";
import { type ValidatedTour, validateTour } from "../../data/validate-tour";
import { slideShows } from "../../filters/slide-filters";
import { loadPlanText } from "./presenter-plan-text";
import { readTourFile } from "./tour-file-reader";

export const OWN_TOUR_KEY = "jiaxing-map:own-tour";
// A tour of a hundred slides is about 100 kB; 10 000 slides about 4 MB, still read (the validator keeps
// the first hundred and says so). A file larger than this is not a tour.
export const MAX_TOUR_FILE_BYTES = 20_000_000;

export interface OwnTour {
  tour: Tour | null; // null: nothing kept yet (the editor offers to start empty or from the plan's tour)
  problems: string[]; // from the last load, by slide and field
  change: (tour: Tour) => void;
  clear: () => void;
  loadFile: (file: File) => Promise<boolean>;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(OWN_TOUR_KEY);
  } catch {
    return null; // storage blocked (private mode, policy): the tour then lives only in this page
  }
}

function store(tour: Tour | null): string | null {
  try {
    if (tour) localStorage.setItem(OWN_TOUR_KEY, JSON.stringify(tour));
    else localStorage.removeItem(OWN_TOUR_KEY);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function useOwnTour(projects: readonly ProjectProperties[] | null): OwnTour {
  const [text, setText] = useState<string | null>(readStored);
  const [problems, setProblems] = useState<string[]>([]);
  // A tour being made may be empty: it can be presented once it has a slide.
  const tour = useMemo(() => {
    if (text === null || !projects) return null;
    return validateTour(text, { projects, shows: slideShows, emptyIsFine: true }).tour;
  }, [text, projects]);
  // Problems of what was stored are reported once the projects are in; edits report their own.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per load of the projects, not per edit
  useEffect(() => {
    if (text === null || !projects) return;
    const stored = validateTour(text, { projects, shows: slideShows, emptyIsFine: true }).problems;
    if (stored.length > 0) setProblems(stored.map(formatProblem));
  }, [projects]);

  const change = useCallback((next: Tour) => {
    const failed = store(next);
    setText(JSON.stringify(next));
    setProblems(failed ? [`localStorage: ${failed}`] : []);
  }, []);
  const clear = useCallback(() => {
    store(null);
    setText(null);
    setProblems([]);
  }, []);
  const loadFile = useCallback(
    async (file: File): Promise<boolean> => {
      if (!projects) return false;
      if (file.size > MAX_TOUR_FILE_BYTES) {
        setProblems([
          `${file.name}: ${file.size} bytes; a tour file is at most ${MAX_TOUR_FILE_BYTES} bytes`,
        ]);
        return false;
      }
      const plan = await loadPlanText().catch(() => null);
      // Read and checked in a worker: a big file never freezes the page (tour-file-reader.ts).
      let result: ValidatedTour;
      try {
        result = await readTourFile({ file, fileName: file.name, projects, planText: plan?.text });
      } catch (error) {
        setProblems([`${file.name}: ${error instanceof Error ? error.message : String(error)}`]);
        return false;
      }
      const found: Problem[] = result.problems;
      const lines = found.map(formatProblem);
      if (!plan) lines.unshift("plan.json: could not be loaded; captions were not checked against the plan");
      setProblems(lines);
      // Nothing playable (not a tour, or no sound slide): the tour being shown stays.
      if (result.tour.slides.length === 0) return false;
      store(result.tour);
      setText(JSON.stringify(result.tour));
      return true;
    },
    [projects],
  );
  return { tour, problems, change, clear, loadFile };
}
