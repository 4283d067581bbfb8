import { Alert } from "@hunar/ui/alert";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import type { Message } from "#app/utils/form-errors.ts";

// The refusal of @hunar/db/verified-email, named here as a key: the rule's module is server code.
const EMAIL_NOT_VERIFIED = "errors:emailNotVerified";

/**
 * After the "confirm your e-mail first" refusal: a link to the page that sends the confirmation
 * e-mail again. Nothing after any other message.
 */
export function ResendVerificationLink({ messageKey }: { messageKey: string | undefined }) {
  const { t } = useTranslation("account");
  if (messageKey !== EMAIL_NOT_VERIFIED) return null;
  return (
    <>
      {" "}
      <Link to="/verify-email" className="font-semibold underline underline-offset-4">
        {t("verifyPending.sendAgainLink")}
      </Link>
    </>
  );
}

/**
 * A form's error above it. The "confirm your e-mail first" refusal (submitting a gig, ordering,
 * first contact) links to the page that sends the confirmation e-mail again.
 */
export function FormErrorAlert({ error }: { error: Message | undefined }) {
  const message = useMessage();
  if (!error) return null;
  return (
    <Alert tone="error">
      {message(error)}
      <ResendVerificationLink messageKey={error.key} />
    </Alert>
  );
}
