import { DESCRIPTION_MIN, DISPUTE_REASONS, STATEMENT_MAX } from "@hunar/disputes/dispute-rules";
import { checkMayOpenDispute, openDispute } from "@hunar/disputes/open-dispute";
import { disputeHref } from "@hunar/disputes/dispute-link";
import { getOrderPage } from "@hunar/orders/page/get-order-page";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card, Container } from "@hunar/ui/layout";
import { SelectField } from "@hunar/ui/select";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form, Link, redirect } from "react-router";
import { EvidenceField } from "#app/components/disputes/evidence-field.tsx";
import { withEvidenceForm } from "#app/components/disputes/evidence-form.server.ts";
import { money, useLocale } from "#app/components/wallet/money.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { formErrorResponse } from "#app/utils/action-errors.server.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { textField } from "#app/utils/form-data.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { orPageError } from "#app/utils/route-errors.server.ts";
import type { Route } from "./+types/dispute-open";

/** The order as its party sees it; the form is offered only while the order may be disputed. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const page = await orPageError(getOrderPage(context.db, { userId: user.id, isAdmin: user.isAdmin }, params.orderId));
  return {
    order: { id: page.order.id, number: page.order.number, title: page.order.title, subtotalPaisa: page.order.subtotalPaisa },
    openable: page.viewerRole !== "admin" && page.transitions.includes("openDispute"),
  };
}

/** Multipart: the reason, the account and evidence files; the domain refuses anyone outside the order before anything moves. */
export async function action({ request, context, params }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  const values = { reason: "", description: "" };
  let disputeId: string;
  try {
    // Only a party of an order that may be disputed gets a file stored.
    await checkMayOpenDispute(context.db, { userId: user.id }, params.orderId);
    ({ disputeId } = await withEvidenceForm(request, context, user.id, (form, attachmentIds) => {
      values.reason = textField(form, "reason");
      values.description = textField(form, "description");
      return openDispute(
        context.db,
        { userId: user.id },
        { orderId: params.orderId, reason: values.reason as never, description: values.description, attachmentIds },
      );
    }));
  } catch (error) {
    return formErrorResponse(error, { values });
  }
  throw redirect(`${disputeHref(disputeId)}?done=opened`);
}

export default function DisputeOpen({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("disputes");
  const locale = useLocale();
  const message = useMessage();
  const { order, openable } = loaderData;
  const errors = actionData?.errors;
  const field = (name: string) => message(errors?.fields[name]);
  const heading = t("open.title", { number: order.number });
  return (
    <Container className="flex max-w-3xl flex-col gap-6 py-8">
      <title>{`${heading} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{heading}</h1>
        <p dir="auto" className="text-lg">
          {order.title}
        </p>
      </div>
      {!openable ? (
        <Alert tone="info">{t("open.notOpenable")}</Alert>
      ) : (
        <Card className="flex flex-col gap-4">
          <p className="text-stone-700">{t("open.intro", { amount: money(order.subtotalPaisa, locale) })}</p>
          {errors?.form ? <Alert tone="error">{message(errors.form)}</Alert> : null}
          <Form method="post" encType="multipart/form-data" className="flex flex-col gap-4">
            <SelectField
              name="reason"
              label={t("open.reason")}
              required
              defaultValue={actionData?.values.reason ?? ""}
              error={field("reason")}
            >
              <option value="">{t("open.chooseReason")}</option>
              {DISPUTE_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`reasons.${reason}`)}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              name="description"
              label={t("open.description")}
              hint={t("open.descriptionHint", { min: DESCRIPTION_MIN })}
              dir="auto"
              rows={6}
              required
              minLength={DESCRIPTION_MIN}
              maxLength={STATEMENT_MAX}
              defaultValue={actionData?.values.description ?? ""}
              error={field("description")}
            />
            <EvidenceField id="dispute-evidence" error={field("files") ?? field("attachmentIds")} />
            <p className="text-sm text-stone-600">{t("open.freezeNote")}</p>
            <div className="flex flex-wrap gap-3">
              <Button type="submit" variant="danger">
                {t("open.submit")}
              </Button>
              <Link to={`/orders/${encodeURIComponent(order.id)}`} className="self-center text-emerald-800 underline">
                {t("open.back")}
              </Link>
            </div>
          </Form>
        </Card>
      )}
    </Container>
  );
}
