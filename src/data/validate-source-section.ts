// source_section says where the quote is: `<battle> · <sub-heading>` (data/README.md), both parts copied
// from the plan, so a reader can find the paragraph by searching for either.
import { type Finding, finding, shown } from "./problem";

const SEPARATOR = " · ";

/** Without a plan text only the shape is checked; with it, each part must occur in the plan verbatim. */
export function checkSourceSection(section: string, planText?: string): Finding[] {
  const parts = section.split(SEPARATOR);
  if (parts.length !== 2 || parts.some((part) => part.trim() === "")) {
    return [
      finding(
        "source_section",
        `${shown(section)} must read "<battle> · <sub-heading>", e.g. "枢纽嘉兴 · 打好铁路枢纽建设攻坚战"`,
      ),
    ];
  }
  const findings: Finding[] = [];
  const subHeading = parts[1] as string;
  if (subHeading.endsWith("。")) {
    findings.push(finding("source_section", `${shown(section)}: leave out the sub-heading's final "。"`));
  }
  if (planText !== undefined) {
    const missing = parts.filter((part) => !planText.includes(part.replace(/。$/, "")));
    if (missing.length > 0) {
      findings.push(
        finding("source_section", `${missing.map(shown).join(" and ")} not found verbatim in the plan`),
      );
    }
  }
  return findings;
}
