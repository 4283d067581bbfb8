import { cx } from "@hunar/ui/class-names";
import { useTranslation } from "#app/utils/use-translation.ts";

const TONES: Record<string, string> = {
  PENDING_PAYMENT: "bg-amber-100 text-amber-900",
  IN_PROGRESS: "bg-sky-100 text-sky-900",
  DELIVERED: "bg-violet-100 text-violet-900",
  COMPLETED: "bg-emerald-100 text-emerald-900",
  CANCELLED: "bg-stone-200 text-stone-800",
  DISPUTED: "bg-red-100 text-red-900",
};

/** The order's status; `label` words it for a case the status alone misreads (a contract between milestones). */
export function OrderStatusBadge({ status, label }: { status: string; label?: string }) {
  const { t } = useTranslation("wallet");
  return (
    <span
      data-order-status={status}
      className={cx("inline-block rounded-full px-3 py-0.5 text-sm font-semibold", TONES[status] ?? TONES.CANCELLED)}
    >
      {label ?? t(`orderStatus.${status}`)}
    </span>
  );
}
