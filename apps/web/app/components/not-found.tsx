import { useTranslation } from "#app/utils/use-translation.ts";
import { StatusPage } from "./status-page.tsx";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <StatusPage
      code={t("error.statusCode", { status: 404 })}
      title={t("notFound.title")}
      message={t("notFound.message")}
      homeLabel={t("notFound.home")}
    />
  );
}
