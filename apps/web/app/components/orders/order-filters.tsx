import { formatNumber } from "@hunar/i18n/format";
import type { OrderFilter, OrderSide } from "@hunar/orders/list-my-orders";
import { cx } from "@hunar/ui/class-names";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";
import { useLocale } from "#app/components/wallet/money.tsx";

const SIDES: OrderSide[] = ["client", "freelancer"];
const FILTERS: OrderFilter[] = ["all", "active", "delivered", "late", "completed", "cancelled"];

export const ordersHref = (side: OrderSide, filter: OrderFilter, cursor?: string | null) => {
  const params = new URLSearchParams({ side, filter });
  if (cursor) params.set("cursor", cursor);
  return `/orders?${params.toString()}`;
};

/** The two sides of My orders as tabs, and the filters of the side shown with their counts. Plain links. */
export function OrderFilters({ side, filter, counts }: { side: OrderSide; filter: OrderFilter; counts: Record<OrderFilter, number> }) {
  const { t } = useTranslation("orders");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("list.sides")} className="flex gap-2 border-b border-stone-200">
        {SIDES.map((each) => (
          <Link
            key={each}
            to={ordersHref(each, "all")}
            aria-current={each === side ? "page" : undefined}
            className={cx(
              "-mb-px border-b-2 px-3 py-2 font-semibold",
              each === side ? "border-emerald-700 text-emerald-800" : "border-transparent text-stone-700 hover:text-stone-900",
            )}
          >
            {t(`list.side.${each}`)}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("list.filters")} className="flex flex-wrap gap-2">
        {FILTERS.map((each) => (
          <Link
            key={each}
            to={ordersHref(side, each)}
            aria-current={each === filter ? "page" : undefined}
            data-filter={each}
            className={cx(
              "rounded-full border px-3 py-1 text-sm",
              each === filter
                ? "border-emerald-700 bg-emerald-50 font-semibold text-emerald-900"
                : "border-stone-300 text-stone-700 hover:bg-stone-50",
            )}
          >
            {t(`list.filter.${each}`)} <span className="tabular-nums">({formatNumber(counts[each], locale)})</span>
          </Link>
        ))}
      </nav>
    </div>
  );
}
