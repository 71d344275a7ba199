// The work of the tour file worker (tour-file.worker.ts): decode, parse and check a presenter's tour
// file against the projects and the plan's text, as data/tour.json is checked.
import type { ProjectProperties } from "../../data/project-schema";
import type { UnloadedProjects } from "../../data/unloaded-projects";
import { type ValidatedTour, validateTour } from "../../data/validate-tour";
import { slideShows } from "../../filters/slide-filters";

export interface TourFileRequest {
  file: Blob;
  fileName?: string; // how problems name the file (a File's name); tour.json by default
  projects: readonly ProjectProperties[];
  planText?: string;
  unloaded?: UnloadedProjects;
}

export type TourFileResponse = { ok: true; read: ValidatedTour } | { ok: false; message: string };

export async function checkTourFile(request: TourFileRequest): Promise<TourFileResponse> {
  try {
    const text = await request.file.text();
    const read = validateTour(text, {
      projects: request.projects,
      shows: slideShows,
      planText: request.planText,
      unloaded: request.unloaded,
      fileName: request.fileName,
    });
    return { ok: true, read };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
