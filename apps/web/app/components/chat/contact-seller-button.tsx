import { Button, buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link } from "react-router";
import { loginHref } from "#app/utils/gig-links.ts";

/** Where "Contact seller" leads: the start page, which confirms without JavaScript. */
export function startConversationHref(otherUserId: string, gigId?: string): string {
  const params = new URLSearchParams({ otherUserId });
  if (gigId) params.set("gigId", gigId);
  return `/messages/start?${params.toString()}`;
}

/**
 * Opens (or reopens: there is one conversation per pair) a conversation with a seller. Signed in,
 * it posts straight to /messages/start, which lands in the conversation; a visitor logs in first
 * and comes back to the start page's confirm form.
 */
export function ContactSellerButton({
  sellerId,
  gigId,
  signedIn,
  size = "lg",
}: {
  sellerId: string;
  gigId?: string;
  signedIn: boolean;
  size?: "md" | "lg";
}) {
  const { t } = useTranslation("pages");
  if (!signedIn) {
    return (
      <Link to={loginHref(startConversationHref(sellerId, gigId))} className={buttonClassName("secondary", size)}>
        {t("gig.contact")}
      </Link>
    );
  }
  return (
    <Form method="post" action="/messages/start">
      <input type="hidden" name="otherUserId" value={sellerId} />
      {gigId ? <input type="hidden" name="gigId" value={gigId} /> : null}
      <Button type="submit" size={size} variant="secondary">
        {t("gig.contact")}
      </Button>
    </Form>
  );
}
