import { Alert } from "@hunar/ui/alert";
import { useTranslation } from "#app/utils/use-translation.ts";
import { GigStatusBadge } from "./gig-status-badge.tsx";

export interface OwnerNoticeView {
  status: string;
  rejectionReason: string | null;
  pendingRevision: { id: string } | null;
  viewer: { isOwner: boolean; isAdmin: boolean };
  sellerActive: boolean;
}

/** What only the owner and admins see: where the gig stands, and why when it was sent back. */
export function GigOwnerNotice({ gig }: { gig: OwnerNoticeView }) {
  const { t } = useTranslation("pages");
  const published = gig.status === "PUBLISHED";
  if (published && gig.sellerActive && !gig.pendingRevision) return null;
  return (
    <Alert tone={gig.status === "REJECTED" ? "error" : "info"}>
      <div className="flex flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2">
          {t("gig.ownerNotice")} <GigStatusBadge status={gig.status} />
        </p>
        {published ? null : <p>{t("gig.notPublic")}</p>}
        {gig.sellerActive ? null : <p>{t("gig.sellerInactive")}</p>}
        {gig.pendingRevision ? <p>{t("gig.revisionPending")}</p> : null}
        {gig.rejectionReason && !published ? (
          <p>
            {t("myGigs.reason")} <bdi>{gig.rejectionReason}</bdi>
          </p>
        ) : null}
      </div>
    </Alert>
  );
}
