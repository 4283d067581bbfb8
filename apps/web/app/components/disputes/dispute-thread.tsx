import type { DisputePage } from "@hunar/disputes/read/get-dispute-page";
import { formatDate } from "@hunar/i18n/format";
import { STATEMENT_MAX } from "@hunar/disputes/dispute-rules";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { useLocale } from "#app/components/wallet/money.tsx";
import { OrderFileList } from "#app/components/orders/order-file-list.tsx";
import { useMessage } from "#app/hooks/use-message.ts";
import { resultFor } from "./dispute-result.ts";
import { EvidenceField } from "./evidence-field.tsx";

/**
 * The three-way thread: the opener's account, the other party's answer, every post after with
 * its evidence files (downloaded through the order's file route, for the parties and admins only),
 * and, while the dispute is open, the form to post (a plain multipart POST).
 */
export function DisputeThread({ page, result }: { page: DisputePage; result?: unknown }) {
  const { t } = useTranslation("disputes");
  const locale = useLocale();
  const when = (date: Date) => formatDate(date, locale, { dateStyle: "medium", timeStyle: "short" });
  const roleOf = (authorId: string) =>
    authorId === page.client.id
      ? t("thread.roles.client")
      : authorId === page.freelancer.id
        ? t("thread.roles.freelancer")
        : t("thread.roles.admin");
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("thread.heading")}</h2>
      <ol className="flex flex-col gap-4">
        {page.posts.map((post) => (
          <li key={post.id} className="flex flex-col gap-2 rounded-md border border-stone-200 p-4">
            <p className="text-sm text-stone-600">
              {t("thread.byline", { name: post.authorName, role: roleOf(post.authorId), date: when(post.createdAt) })}
            </p>
            <p dir="auto" className="whitespace-pre-line">
              {post.statement}
            </p>
            {post.files.length > 0 ? <OrderFileList orderId={page.order.id} files={post.files} /> : null}
          </li>
        ))}
      </ol>
      {page.can.post ? (
        <PostForm answer={page.viewer.userId === page.dispute.respondentId && !page.dispute.answeredAt} result={result} />
      ) : null}
    </Card>
  );
}

function PostForm({ answer, result }: { answer: boolean; result?: unknown }) {
  const { t } = useTranslation("disputes");
  const message = useMessage();
  const failed = resultFor(result, "post");
  const field = (name: string) => message(failed?.errors.fields[name]);
  return (
    <Form
      method="post"
      action="?intent=post"
      encType="multipart/form-data"
      preventScrollReset
      className="flex flex-col gap-3 border-t border-stone-200 pt-4"
    >
      <h3 className="text-lg font-semibold">{answer ? t("thread.answerHeading") : t("thread.postHeading")}</h3>
      {failed?.errors.form ? <Alert tone="error">{message(failed.errors.form)}</Alert> : null}
      <TextAreaField
        name="statement"
        label={answer ? t("thread.answerLabel") : t("thread.postLabel")}
        dir="auto"
        rows={5}
        required
        maxLength={STATEMENT_MAX}
        defaultValue={failed?.values.statement ?? ""}
        error={field("statement")}
      />
      <EvidenceField id="dispute-files" error={field("files") ?? field("attachmentIds")} />
      <div>
        <Button type="submit">{answer ? t("thread.answerSubmit") : t("thread.postSubmit")}</Button>
      </div>
    </Form>
  );
}
