import { useTranslation } from "#app/utils/use-translation.ts";
import type { Message } from "#app/utils/form-errors.ts";

/** Translates an error message (`errors:emailTaken` + params) into the page's language. */
export function useMessage() {
  const { t } = useTranslation();
  return (message: Message | undefined): string | undefined => (message ? t(message.key, { ...message.params }) : undefined);
}
