import { useTranslation } from "#app/utils/use-translation.ts";

const TONES: Record<string, string> = {
  REQUESTED: "bg-amber-100 text-amber-900",
  PAID: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  CANCELLED: "bg-stone-200 text-stone-800",
};

export function PayoutStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("earnings");
  return <span className={`rounded px-2 py-0.5 text-sm font-semibold ${TONES[status] ?? TONES.CANCELLED}`}>{t(`status.${status}`)}</span>;
}
