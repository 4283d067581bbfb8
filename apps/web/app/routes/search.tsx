import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";

// The search box in the header posts here. Gig search itself comes with the gigs domain; until
// then this page answers every query honestly instead of a 404.
export default function Search() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = params.get("q")?.trim() ?? "";
  const title = query ? t("searchPage.resultsFor", { query }) : t("searchPage.title");
  return (
    <Container className="flex flex-col items-start gap-4 py-10">
      <title>{`${title} · ${t("appName")}`}</title>
      <h1 className="text-2xl font-bold">
        {query ? (
          <>
            {/* The query is the visitor's own text, in whichever script they typed it. */}
            {t("searchPage.title")}: <bdi>{query}</bdi>
          </>
        ) : (
          t("searchPage.title")
        )}
      </h1>
      {query ? null : <p className="text-stone-700">{t("searchPage.prompt")}</p>}
      <Alert tone="info">{t("searchPage.comingSoon")}</Alert>
      <Link to="/#categories" className="text-emerald-800 underline underline-offset-4">
        {t("searchPage.browseCategories")}
      </Link>
    </Container>
  );
}
