import { Alert } from "@hunar/ui/alert";
import { Container } from "@hunar/ui/layout";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { listMyOrders } from "@hunar/orders/list-my-orders";
import { OrderRow, type OrderRowView } from "#app/components/wallet/order-row.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import type { Route } from "./+types/orders";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = await requireUser(request, context);
  return listMyOrders(context.db, user.id);
}

const DONE = ["wallet", "sandbox", "manual", "cancelled"] as const;

function OrderList({ orders, side, empty }: { orders: OrderRowView[]; side: "client" | "freelancer"; empty: string }) {
  if (orders.length === 0) return <p className="text-stone-700">{empty}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {orders.map((order) => (
        <li key={order.id}>
          <OrderRow order={order} side={side} />
        </li>
      ))}
    </ul>
  );
}

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("wallet");
  const [params] = useSearchParams();
  const done = DONE.find((key) => key === params.get("done"));
  return (
    <Container className="flex flex-col gap-8 py-8">
      <title>{`${t("orders.title")} · ${t("common:appName")}`}</title>
      <h1 className="text-3xl font-bold">{t("orders.title")}</h1>
      {done ? <Alert tone="success">{t(`orders.done.${done}`)}</Alert> : null}
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-bold">{t("orders.asClient")}</h2>
        <OrderList orders={loaderData.asClient} side="client" empty={t("orders.emptyClient")} />
      </section>
      {loaderData.asFreelancer.length > 0 ? (
        <section className="flex flex-col gap-3">
          <h2 className="text-xl font-bold">{t("orders.asFreelancer")}</h2>
          <OrderList orders={loaderData.asFreelancer} side="freelancer" empty={t("orders.emptyFreelancer")} />
        </section>
      ) : null}
    </Container>
  );
}
