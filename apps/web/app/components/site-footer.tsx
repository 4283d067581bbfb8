import { Container } from "@hunar/ui/layout";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Link } from "react-router";

export function SiteFooter({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white text-sm text-stone-700 print:hidden">
      <Container className="grid gap-4 py-8 md:grid-cols-3">
        <div className="flex flex-col gap-2">
          <Link to="/" className="text-lg font-bold text-emerald-800">
            {t("appName")}
          </Link>
          <p>{t("tagline")}</p>
        </div>
        <p>{t("footer.about")}</p>
        <div className="flex flex-col gap-2">
          <p>{t("footer.fees")}</p>
          <p>{t("footer.payouts")}</p>
        </div>
        <p className="text-stone-500 md:col-span-3">{t("footer.copyright", { year })}</p>
      </Container>
    </footer>
  );
}
