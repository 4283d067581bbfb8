import { Button, buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, useLocation } from "react-router";
import { ContactSellerButton } from "#app/components/chat/contact-seller-button.tsx";
import { loginHref, requestOfferHref } from "#app/utils/gig-links.ts";

/** The order form's id: the package picker's radios name it, so their choice is submitted with it. */
export const ORDER_FORM_ID = "gig-order";

/**
 * "Order", "Contact seller" and "Request a custom offer". A visitor is sent to log in (and back here); a signed-in client
 * orders the chosen package at checkout or opens a conversation with the seller; the seller sees
 * a link to edit the gig instead. No button leads nowhere.
 */
export function GigActions({
  gig,
  signedIn,
}: {
  gig: { id: string; viewer: { isOwner: boolean }; seller: { id: string } };
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
        <ContactSellerButton sellerId={gig.seller.id} gigId={gig.id} signedIn={false} />
        <Link to={loginHref(requestOfferHref(gig))} className={buttonClassName("ghost", "lg")}>
          {t("chat:offerRequest.link")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        {/* A GET form: the package radios join it through their form attribute, so the chosen
            package reaches checkout without JavaScript (checkout turns ?package= into ?tier=). */}
        <Form id={ORDER_FORM_ID} method="get" action={`/checkout/${encodeURIComponent(gig.id)}`}>
          <Button type="submit" size="lg">
            {t("gig.order")}
          </Button>
        </Form>
        <ContactSellerButton sellerId={gig.seller.id} gigId={gig.id} signedIn />
        <Link to={requestOfferHref(gig)} className={buttonClassName("ghost", "lg")}>
          {t("chat:offerRequest.link")}
        </Link>
      </div>
    </div>
  );
}
