import { cx } from "@hunar/ui/class-names";
import { useTranslation } from "#app/utils/use-translation.ts";

const TONES: Record<string, string> = {
  DRAFT: "bg-stone-100 text-stone-800",
  PENDING_REVIEW: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  PAUSED: "bg-sky-100 text-sky-900",
};

export function GigStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("gigs");
  return (
    <span className={cx("inline-block rounded-full px-3 py-0.5 text-sm font-semibold", TONES[status] ?? TONES.DRAFT)}>
      {t(`status.${status}`)}
    </span>
  );
}
