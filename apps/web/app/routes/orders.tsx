import { isAppError } from "@hunar/core/app-error";
import { listMyOrders, ORDER_FILTERS, ORDER_SIDES, type OrderFilter, type OrderSide } from "@hunar/orders/list-my-orders";
import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, redirect, useSearchParams } from "react-router";
import { OrderFilters, ordersHref } from "#app/components/orders/order-filters.tsx";
import { OrderRow } from "#app/components/wallet/order-row.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import type { Route } from "./+types/orders";

const pick = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((each) => each === value) ?? fallback;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  const url = new URL(request.url);
  // Someone who only sells lands on their sales; everyone else on what they bought.
  const side: OrderSide = pick(ORDER_SIDES, url.searchParams.get("side"), user.intent === "WORK" ? "freelancer" : "client");
  const filter: OrderFilter = pick(ORDER_FILTERS, url.searchParams.get("filter"), "all");
  try {
    return await listMyOrders(context.db, user.id, { side, filter, cursor: url.searchParams.get("cursor") });
  } catch (error) {
    // A cursor that is not one of ours (edited, truncated) starts the list again.
    if (isAppError(error) && error.code === "BAD_INPUT") throw redirect(ordersHref(side, filter));
    throw error;
  }
}

const DONE = ["wallet", "sandbox", "manual", "cancelled"] as const;

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("orders");
  const [params] = useSearchParams();
  const done = DONE.find((key) => key === params.get("done"));
  const { side, filter, orders, counts, nextCursor } = loaderData;
  return (
    <Container className="flex flex-col gap-6 py-8">
      <title>{`${t("wallet:orders.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("wallet:orders.title")}</h1>
      {done ? <Alert tone="success">{t(`wallet:orders.done.${done}`)}</Alert> : null}
      <OrderFilters side={side} filter={filter} counts={counts} />
      {orders.length === 0 ? (
        <p className="text-stone-700">{t(`list.empty.${side}`)}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {orders.map((order) => (
            <li key={order.id}>
              <OrderRow order={order} side={side} />
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? (
        <Link to={ordersHref(side, filter, nextCursor)} className="self-start text-emerald-800 underline">
          {t("list.older")}
        </Link>
      ) : null}
    </Container>
  );
}
