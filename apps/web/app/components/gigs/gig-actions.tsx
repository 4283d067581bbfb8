import { Button, buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { loginHref } from "#app/utils/gig-links.ts";

/**
 * "Order" and "Contact seller". Orders and chat come later: until then a visitor is sent to log
 * in (and back here), a signed-in client sees the buttons disabled with the reason, and the
 * seller sees a link to edit the gig instead. No button leads nowhere.
 */
export function GigActions({
  gig,
  signedIn,
}: {
  gig: { id: string; viewer: { isOwner: boolean } };
  signedIn: boolean;
}) {
  const { t } = useTranslation("pages");
  const location = useLocation();
  if (gig.viewer.isOwner) {
    return (
      <div className="flex flex-wrap gap-3">
        <Link to={`/gigs/${encodeURIComponent(gig.id)}/edit`} className={buttonClassName("primary", "lg")}>
          {t("gig.edit")}
        </Link>
        <Link to="/gigs/mine" className={buttonClassName("secondary", "lg")}>
          {t("nav.myGigs")}
        </Link>
      </div>
    );
  }
  if (!signedIn) {
    const back = loginHref(`${location.pathname}${location.search}`);
    return (
      <div className="flex flex-wrap gap-3">
        <Link to={back} className={buttonClassName("primary", "lg")}>
          {t("gig.order")}
        </Link>
        <Link to={back} className={buttonClassName("secondary", "lg")}>
          {t("gig.contact")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        <Button size="lg" disabled aria-describedby="gig-actions-soon">
          {t("gig.order")}
        </Button>
        <Button size="lg" variant="secondary" disabled aria-describedby="gig-actions-soon">
          {t("gig.contact")}
        </Button>
      </div>
      <p id="gig-actions-soon" className="text-sm text-stone-600">
        {t("gig.comingSoon")}
      </p>
    </div>
  );
}
