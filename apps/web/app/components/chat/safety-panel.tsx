import { Button } from "@hunar/ui/button";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";

/** Block or unblock the other person (a form post, so it works without JavaScript). */
export function SafetyPanel({ name, blockedByMe }: { name: string; blockedByMe: boolean }) {
  const { t } = useTranslation("chat");
  return (
    <details className="rounded-md border border-stone-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t("conversation.blockTitle")}</summary>
      <Form method="post" className="mt-2 flex flex-col items-start gap-2">
        <input type="hidden" name="intent" value={blockedByMe ? "unblock" : "block"} />
        {blockedByMe ? null : <p className="text-stone-600">{t("conversation.blockHint")}</p>}
        <Button type="submit" size="sm" variant={blockedByMe ? "secondary" : "danger"}>
          <bdi>{t(blockedByMe ? "conversation.unblock" : "conversation.block", { name })}</bdi>
        </Button>
      </Form>
    </details>
  );
}
