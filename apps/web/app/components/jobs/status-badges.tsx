import { cx } from "@hunar/ui/class-names";
import { useTranslation } from "#app/utils/use-translation.ts";

const BADGE = "inline-block rounded-full px-3 py-0.5 text-sm font-semibold";

const JOB_TONES: Record<string, string> = {
  OPEN: "bg-emerald-100 text-emerald-900",
  FILLED: "bg-sky-100 text-sky-900",
  CLOSED: "bg-stone-100 text-stone-800",
  REMOVED: "bg-red-100 text-red-900",
};

const PROPOSAL_TONES: Record<string, string> = {
  SUBMITTED: "bg-stone-100 text-stone-800",
  SHORTLISTED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-emerald-100 text-emerald-900",
  DECLINED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-stone-100 text-stone-600",
};

export function JobStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("jobs");
  return <span className={cx(BADGE, JOB_TONES[status] ?? JOB_TONES.CLOSED)}>{t(`page.status.${status}`)}</span>;
}

export function ProposalStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("proposals");
  return <span className={cx(BADGE, PROPOSAL_TONES[status] ?? PROPOSAL_TONES.SUBMITTED)}>{t(`list.status.${status}`)}</span>;
}
