import type { Locale } from "@hunar/i18n/config";
import { formatNumber } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { listPayoutQueue } from "@hunar/payments/payouts/list-payout-queue";
import { useTranslation } from "#app/utils/use-translation.ts";
import { useSearchParams } from "react-router";
import { AdminPayoutItem } from "#app/components/earnings/admin-payout-item.tsx";
import { adminPayoutAction } from "#app/utils/admin-payouts.server.ts";
import { requireAdmin } from "#app/utils/auth.server.ts";
import { assertTrustedOrigin } from "#app/utils/origin.server.ts";
import type { Route } from "./+types/admin-payouts";
import { readForm } from "#app/utils/form-data.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  return { queue: await listPayoutQueue(context.db) };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertTrustedOrigin(request, context);
  const { user } = await requireAdmin(request, context);
  const admin = { userId: user.id, isAdmin: user.isAdmin, ip: context.ip };
  return adminPayoutAction(context.db, admin, await readForm(request));
}

const DONE = ["paid", "rejected"] as const;

export default function AdminPayouts({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("earnings");
  const locale = i18n.language as Locale;
  const [params] = useSearchParams();
  const done = DONE.find((key) => key === params.get("done"));
  const { queue } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("admin.title")} · ${t("common:appName")}`}</title>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
        <p className="text-stone-700">{t("admin.intro")}</p>
        <p className="text-sm font-semibold text-stone-700">
          {t("admin.count", { count: queue.length, formattedCount: formatNumber(queue.length, locale) })}
        </p>
      </div>
      {done && !actionData ? <Alert tone="success">{t(`admin.${done}`)}</Alert> : null}
      {queue.length === 0 ? (
        <p className="text-stone-700">{t("admin.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {queue.map((payout) => (
            <li key={payout.id}>
              <AdminPayoutItem
                payout={payout}
                locale={locale}
                result={actionData?.payoutRequestId === payout.id ? actionData : undefined}
              />
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
