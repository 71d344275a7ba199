// The plan's own words for a project. In English the faithful translation comes first, with the
// Chinese original beneath it, so a reader can check one against the other.
import type { ProjectProperties } from "../../data/project-schema";
import { translate } from "../../i18n/messages";
import { useText } from "../shell/text-context";

type Quoted = Pick<
  ProjectProperties,
  "source_quote" | "source_section" | "source_quote_en" | "source_section_en"
>;

export function DetailQuote({ project }: { project: Quoted }) {
  const { language, t } = useText();
  // The Chinese "出处" line always reads in Chinese, beside the Chinese text it belongs to.
  const original = (
    <>
      <blockquote lang="zh-CN">{project.source_quote}</blockquote>
      <p className="detail-section" lang="zh-CN">
        {translate("zh", "detailSection")}：{project.source_section}
      </p>
    </>
  );
  return (
    <figure className="detail-quote">
      <figcaption>{t("detailQuote")}</figcaption>
      {language === "en" ? (
        <>
          <blockquote lang="en" className="quote-translation">
            {project.source_quote_en}
          </blockquote>
          <p className="detail-section">
            {t("detailSection")}: {project.source_section_en}
          </p>
          <div className="quote-original">
            <p className="quote-original-label">{t("quoteOriginal")}</p>
            {original}
          </div>
        </>
      ) : (
        original
      )}
    </figure>
  );
}
