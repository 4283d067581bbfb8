import { listVerificationRequests, setVerification, VERIFICATION_REASON_MAX } from "@hunar/profiles/verify-identity";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { TextField } from "@hunar/ui/field";
import { Card, Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { data, Form, Link } from "react-router";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { readForm, textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/admin-verifications";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireAdmin(request, context);
  return { requests: await listVerificationRequests(context.db, { userId: user.id, isAdmin: user.isAdmin }) };
}

/** An admin marks a CNIC or PSEB number as checked against the person's documents, saying what they checked. */
export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const form = await readForm(request);
  const what = textField(form, "what");
  if (what !== "cnic" && what !== "pseb") throw data({ messageKey: "errors:invalid" }, { status: 400 });
  const userId = textField(form, "userId");
  const reason = textField(form, "reason");
  try {
    await setVerification(context.db, { userId: user.id, isAdmin: user.isAdmin, ip: context.ip }, { userId, what, verified: true, reason });
    return { done: true };
  } catch (error) {
    // The row the refusal belongs to keeps what the admin typed and shows the field's error.
    return formErrorResponse(error, { done: false, item: `${userId}:${what}`, values: { reason } });
  }
}

type VerificationResult = Route.ComponentProps["actionData"];

export default function AdminVerifications({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("profiles");
  const message = useMessage();
  return (
    <Container className="flex flex-col gap-6 py-10">
      <title>{`${t("admin.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
      <p className="text-stone-700">{t("admin.intro")}</p>
      {actionData?.done ? <Alert tone="success">{t("admin.verifiedDone")}</Alert> : null}
      {actionData && "errors" in actionData ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      {loaderData.requests.length === 0 ? <p>{t("admin.none")}</p> : null}
      <ul className="flex flex-col gap-3">
        {loaderData.requests.map((request) => (
          <li key={request.userId}>
            <Card className="flex flex-col gap-3">
              <p className="font-semibold">
                {request.handle ? (
                  <Link to={`/u/${request.handle}`} className="text-emerald-800 underline">
                    <bdi>{request.displayName}</bdi>
                  </Link>
                ) : (
                  <bdi>{request.displayName}</bdi>
                )}
              </p>
              <dl className="grid grid-cols-[auto_1fr_auto] items-center gap-x-4 gap-y-2 text-sm">
                {request.cnic ? (
                  <Row
                    label={t("editor.cnic")}
                    value={request.cnic}
                    verified={request.cnicVerifiedAt !== null}
                    userId={request.userId}
                    what="cnic"
                    result={actionData}
                  />
                ) : null}
                {request.psebNumber ? (
                  <Row
                    label={t("editor.pseb")}
                    value={request.psebNumber}
                    verified={request.psebVerifiedAt !== null}
                    userId={request.userId}
                    what="pseb"
                    result={actionData}
                  />
                ) : null}
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </Container>
  );
}

function Row({
  label,
  value,
  verified,
  userId,
  what,
  result,
}: {
  label: string;
  value: string;
  verified: boolean;
  userId: string;
  what: string;
  result: VerificationResult;
}) {
  const { t } = useTranslation("profiles");
  const message = useMessage();
  const refused = result && "errors" in result && result.item === `${userId}:${what}` ? result : null;
  return (
    <div className="contents">
      <dt className="text-stone-600">{label}</dt>
      <dd dir="ltr" className="font-mono">
        {value}
      </dd>
      <dd>
        {verified ? (
          <span className="font-semibold text-emerald-800">{t("editor.verified")}</span>
        ) : (
          <Form method="post" className="flex flex-col gap-2">
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="what" value={what} />
            <TextField
              name="reason"
              label={t("admin.reason")}
              hint={t("admin.reasonHint")}
              dir="auto"
              required
              minLength={3}
              maxLength={VERIFICATION_REASON_MAX}
              autoComplete="off"
              defaultValue={refused?.values.reason ?? ""}
              error={message(refused?.errors.fields.reason)}
            />
            <div>
              <Button type="submit" size="sm">
                {t("admin.markVerified")}
              </Button>
            </div>
          </Form>
        )}
      </dd>
    </div>
  );
}
