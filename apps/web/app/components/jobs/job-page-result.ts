import type { Message } from "#app/utils/form-errors.ts";
import type { JobPageForm } from "./job-actions.server.ts";
import type { ProposalFormFields } from "./proposal-form-data.ts";

/** What the job page's action answered, as its forms read it. */
export interface JobPageResult {
  form: JobPageForm;
  values: { body: string; handle: string } | null;
  fields: ProposalFormFields | null;
  done: boolean;
  errors: { fields: Record<string, Message>; form?: Message } | null;
}
