import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useLocation } from "react-router";
import { NotFound } from "./not-found.tsx";
import { StatusPage } from "./status-page.tsx";

/** What any route error turns into: a localised page, never a stack trace or raw English. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const location = useLocation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 404) return <NotFound />;
  if (status === 403) {
    return (
      <StatusPage
        code={t("error.statusCode", { status })}
        title={t("error.forbiddenTitle")}
        message={t("error.forbiddenMessage")}
        homeLabel={t("error.home")}
      />
    );
  }
  return (
    <StatusPage code={t("error.statusCode", { status })} title={t("error.title")} message={t("error.message")} homeLabel={t("error.home")}>
      {/* A real link, so "try again" works even when the page's scripts failed to load. */}
      <a href={`${location.pathname}${location.search}`} className={buttonClassName("secondary")}>
        {t("error.tryAgain")}
      </a>
    </StatusPage>
  );
}
