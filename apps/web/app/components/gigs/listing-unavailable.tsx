import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { isRouteErrorResponse, Link } from "react-router";
import { ErrorPage } from "#app/components/error-page.tsx";
import { StatusPage } from "#app/components/status-page.tsx";

/**
 * The 404 of a gig or seller page: a gig that is not orderable (unknown, not published, or its
 * seller's account is not active) or a seller whose account is not active. One answer for all of
 * them, so the page never tells a draft from a suspension from a typo, and it points on to search.
 */
export function ListingUnavailable({ kind }: { kind: "gig" | "seller" }) {
  const { t } = useTranslation("pages");
  const text =
    kind === "gig"
      ? { title: t("unavailable.gigTitle"), message: t("unavailable.gigMessage") }
      : { title: t("unavailable.sellerTitle"), message: t("unavailable.sellerMessage") };
  return (
    <StatusPage
      code={t("common:error.statusCode", { status: 404 })}
      title={text.title}
      message={text.message}
      homeLabel={t("common:notFound.home")}
    >
      <Link to="/search" className={buttonClassName("secondary")}>
        {t("unavailable.search")}
      </Link>
    </StatusPage>
  );
}

/** What the gig and seller routes' error boundaries render: a 404 is "not available", anything else the usual error page. */
export function ListingErrorPage({ kind, error }: { kind: "gig" | "seller"; error: unknown }) {
  if (isRouteErrorResponse(error) && error.status === 404) return <ListingUnavailable kind={kind} />;
  return <ErrorPage error={error} />;
}
