// How the progress record reads in the interface: the stage names and dates as precise as the source.
import type { ProgressStage } from "../../filters/progress-at-date";
import type { Language } from "../../i18n/language";
import type { MessageKey } from "../../i18n/messages";

export const STAGE_MESSAGES: Record<ProgressStage, MessageKey> = {
  approved: "stageApproved",
  "construction-started": "stageConstructionStarted",
  opened: "stageOpened",
  completed: "stageCompleted",
  suspended: "stageSuspended",
  cancelled: "stageCancelled",
  "no-record": "stageNoRecord",
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2021-06-28" → "2021年6月28日" / "28 June 2021"; a month or a year alone stays as precise. */
export function formatProgressDate(date: string, language: Language): string {
  const [year, month, day] = date.split("-").map(Number);
  if (language === "zh") {
    return `${year}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
  }
  const monthName = month ? MONTHS[month - 1] : "";
  return [day ? String(day) : "", monthName, String(year)].filter(Boolean).join(" ");
}
