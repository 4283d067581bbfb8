import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { isRouteErrorResponse, useLocation } from "react-router";
import { NotFound } from "./not-found.tsx";
import { StatusPage } from "./status-page.tsx";

/** What any route error turns into: a localised page, never a stack trace or raw English. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const location = useLocation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A refusal that says why in our own words (a body that is not a form, say) shows that.
  const said = isRouteErrorResponse(error) && status < 500 ? ownMessageKey(error.data) : null;
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
    <StatusPage
      code={t("error.statusCode", { status })}
      title={t("error.title")}
      message={said ? t(said) : t("error.message")}
      homeLabel={t("error.home")}
    >
      {/* A real link, so "try again" works even when the page's scripts failed to load. */}
      <a href={`${location.pathname}${location.search}`} className={buttonClassName("secondary")}>
        {t("error.tryAgain")}
      </a>
    </StatusPage>
  );
}

const I18N_KEY = /^[a-z][A-Za-z0-9]*:[A-Za-z0-9_.-]+$/;

function ownMessageKey(body: unknown): string | null {
  const key = typeof body === "object" && body !== null && "messageKey" in body ? body.messageKey : null;
  return typeof key === "string" && I18N_KEY.test(key) ? key : null;
}
