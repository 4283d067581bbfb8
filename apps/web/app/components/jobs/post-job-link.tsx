import { buttonClassName } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link, useRouteLoaderData } from "react-router";
import type { RootData } from "#app/root.tsx";
import { loginHref } from "#app/utils/gig-links.ts";

/** "Post a job" for the jobs list; a visitor goes by the log-in page, which brings them back to the form. */
export function PostJobLink() {
  const { t } = useTranslation("jobs");
  const signedIn = Boolean(useRouteLoaderData<RootData>("root")?.user);
  return (
    <Link to={signedIn ? "/jobs/new" : loginHref("/jobs/new")} className={`self-start ${buttonClassName("primary")}`}>
      {t("form.newTitle")}
    </Link>
  );
}
