import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useSearchParams } from "react-router";
import { EarningsNav } from "#app/components/earnings/earnings-nav.tsx";
import { PayoutMethodForm } from "#app/components/earnings/payout-method-form.tsx";
import { PayoutMethodList } from "#app/components/earnings/payout-method-list.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { requireUser } from "#app/utils/auth.server.ts";
import { payoutMethodAction } from "#app/utils/payout-methods.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import { listPayoutMethods } from "@hunar/payments/payouts/list-payout-methods";
import type { Route } from "./+types/payout-methods";
import { readForm } from "#app/utils/form-data.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return { methods: await listPayoutMethods(context.db, user.id) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireUser(request, context);
  return payoutMethodAction(context.db, user.id, await readForm(request));
}

const DONE = ["added", "removed", "madeDefault"] as const;

export default function PayoutMethods({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("earnings");
  const message = useMessage();
  const [params] = useSearchParams();
  const done = DONE.find((key) => key === params.get("done"));
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("methods.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("methods.title")}</h1>
        <p className="text-stone-700">{t("methods.intro")}</p>
      </div>
      <EarningsNav />
      {done && !actionData ? <Alert tone="success">{t(`methods.${done}`)}</Alert> : null}
      {actionData?.form === "change" && actionData.errors?.form ? <Alert tone="error">{message(actionData.errors.form)}</Alert> : null}
      <PayoutMethodList methods={loaderData.methods} />
      <PayoutMethodForm
        values={actionData?.form === "add" ? actionData.values : null}
        errors={actionData?.form === "add" ? actionData.errors : null}
      />
    </Container>
  );
}
