import { Button } from "@hunar/ui/button";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, useLocation } from "react-router";
import { isolate } from "#app/components/wallet/money.tsx";

/**
 * Under the header of every page while the signed-in account's e-mail is not confirmed: what it
 * cannot do yet, and the button that sends the link again (a plain form: no JavaScript needed).
 * Not on the confirmation pages themselves, which say the same at length.
 */
export function VerifyEmailBanner({ email }: { email: string }) {
  const { t } = useTranslation("account");
  const { pathname } = useLocation();
  if (pathname === "/verify-email" || pathname === "/confirm-email") return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <Container className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
        <p className="min-w-0 flex-1">
          {t("verifyPending.banner", { email: isolate(email) })}{" "}
          <Link to="/verify-email" className="underline underline-offset-4">
            {t("verifyPending.details")}
          </Link>
        </p>
        <Form method="post" action="/verify-email">
          <Button type="submit" size="sm" variant="secondary">
            {t("verifyPending.resend")}
          </Button>
        </Form>
      </Container>
    </div>
  );
}
