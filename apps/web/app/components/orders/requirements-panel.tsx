import type { Locale } from "@hunar/i18n/config";
import { formatDate } from "@hunar/i18n/format";
import { Alert } from "@hunar/ui/alert";
import { Button } from "@hunar/ui/button";
import { FieldError } from "@hunar/ui/field";
import { FileField } from "@hunar/ui/file-field";
import { Card } from "@hunar/ui/layout";
import { TextAreaField } from "@hunar/ui/text-area";
import { useTranslation } from "#app/utils/use-translation.ts";
import { Form } from "react-router";
import { fileFieldTexts } from "#app/components/file-field-texts.ts";
import { useMessage } from "#app/hooks/use-message.ts";
import type { Message } from "#app/utils/form-errors.ts";

/** Files of an answer: the limit the server enforces, shown beside the file input. */
const MAX_FILE_MB = 10;

export interface RequirementQuestion {
  position: number;
  question: string;
  required: boolean;
  allowFile: boolean;
}

export interface AnsweredRequirement extends RequirementQuestion {
  answer: string | null;
  files: Array<{ id: string; fileName: string; href: string }>;
}

/** What an action sent back: the answers typed and files stored so far, and the errors. */
export interface AnswerFormState {
  values?: { answers: Array<{ position: number; answer: string; file: { id: string; fileName: string } | null }> };
  errors?: { fields?: Record<string, Message>; form?: Message };
}

/**
 * A field per question, named `answers.<position>.*`: a text answer and, where the question
 * takes one, a file. A file stored by a refused attempt is kept (hidden id) so it is not chosen
 * again. Shared by checkout and the order page; the form around it must be multipart.
 */
export function RequirementFields({
  questions,
  state,
  disabled,
}: {
  questions: RequirementQuestion[];
  state?: AnswerFormState;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation("orders");
  const message = useMessage();
  const error = (name: string) => message(state?.errors?.fields?.[name]);
  return (
    <div className="flex flex-col gap-4">
      {questions.map((q) => {
        const name = (field: string) => `answers.${q.position}.${field}`;
        const typed = state?.values?.answers.find((a) => a.position === q.position);
        return (
          <div key={q.position} className="flex flex-col gap-2">
            <TextAreaField
              name={name("answer")}
              label={
                <>
                  <span dir="auto">{q.question}</span>{" "}
                  <span className="text-sm text-stone-600">({t(q.required ? "requirements.required" : "requirements.optional")})</span>
                </>
              }
              dir="auto"
              rows={3}
              maxLength={5000}
              defaultValue={typed?.answer ?? ""}
              error={error(name("answer")) ?? error(`answers.${q.position}`)}
              disabled={disabled}
            />
            {q.allowFile ? (
              <div className="flex flex-col gap-1">
                {typed?.file ? (
                  <p className="text-sm text-stone-700">
                    <input type="hidden" name={name("attachmentId")} value={typed.file.id} />
                    <input type="hidden" name={name("fileName")} value={typed.file.fileName} />
                    {t("requirements.attached")} <bdi>{typed.file.fileName}</bdi>
                  </p>
                ) : (
                  <FileField
                    id={`answer-file-input-${q.position}`}
                    name={name("file")}
                    disabled={disabled}
                    label={t("requirements.file")}
                    labelClassName="text-sm font-medium text-stone-800"
                    hint={t("requirements.fileHint", { maxMb: MAX_FILE_MB })}
                    error={error(name("file"))}
                    {...fileFieldTexts(t, i18n.language, "one")}
                  />
                )}
              </div>
            ) : null}
          </div>
        );
      })}
      <FieldError id="answers-error">{error("answers")}</FieldError>
    </div>
  );
}

export interface RequirementsPanelProps {
  requirements: { questions: AnsweredRequirement[]; submittedAt: Date | string | null; awaitingAnswers: boolean; brief: string | null };
  viewerRole: "client" | "freelancer" | null;
  /** The order page's action result when it was this form's. */
  result?: AnswerFormState | undefined;
}

/**
 * The gig's questions and the client's answers, for both parties; while the paid order waits for
 * them, the client gets the form that starts the work (a plain multipart form). A whole-form
 * error is the order page's to show, above every panel.
 */
export function RequirementsPanel({ requirements, viewerRole, result }: RequirementsPanelProps) {
  const { t, i18n } = useTranslation("orders");
  const { questions, awaitingAnswers, submittedAt, brief } = requirements;
  if (questions.length === 0 && !brief) return null;
  const answering = awaitingAnswers && viewerRole === "client";
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold">{t("requirements.title")}</h2>
      {awaitingAnswers ? (
        <Alert tone="info">{t(viewerRole === "client" ? "requirements.clientIntro" : "requirements.waitingForClient")}</Alert>
      ) : null}
      {submittedAt ? (
        <p className="text-sm text-stone-600">
          {t("requirements.submittedAt", { date: formatDate(submittedAt, i18n.language as Locale, { dateStyle: "long" }) })}
        </p>
      ) : null}
      {brief ? (
        <div className="flex flex-col gap-1">
          <h3 className="font-semibold">{t("requirements.brief")}</h3>
          <p dir="auto" className="whitespace-pre-line">
            {brief}
          </p>
        </div>
      ) : null}
      {answering ? (
        <Form method="post" action="?intent=submitRequirements" encType="multipart/form-data" className="flex flex-col gap-4">
          <RequirementFields questions={questions} state={result} />
          <Button type="submit">{t("requirements.submit")}</Button>
        </Form>
      ) : (
        <AnswerList questions={questions} />
      )}
    </Card>
  );
}

function AnswerList({ questions }: { questions: AnsweredRequirement[] }) {
  const { t } = useTranslation("orders");
  return (
    <dl className="flex flex-col gap-4">
      {questions.map((q) => (
        <div key={q.position} className="flex flex-col gap-1">
          <dt dir="auto" className="font-semibold">
            {q.question}
          </dt>
          <dd className="flex flex-col gap-1">
            {q.answer ? (
              <p dir="auto" className="whitespace-pre-line">
                {q.answer}
              </p>
            ) : q.files.length === 0 ? (
              <p className="text-stone-600">{t("requirements.noAnswer")}</p>
            ) : null}
            {q.files.map((file) => (
              <a key={file.id} href={file.href} className="text-emerald-800 underline" download>
                <bdi>{file.fileName}</bdi>
              </a>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
