import type { FieldError } from "@hunar/core/app-error";

// The proposal form posts its milestone plan as fixed rows (`milestones.2.amountRupees`), so it
// works without JavaScript; blank rows are dropped before validation, and the domain's errors,
// which name the index in the list it got, are mapped back to the row they were typed in.

export const MILESTONE_ROWS = 4;

export interface MilestoneRow {
  title: string;
  amountRupees: string;
  dueDays: string;
}

export interface ProposalFormFields {
  coverLetter: string;
  priceRupees: string;
  deliveryDays: string;
  /** Always MILESTONE_ROWS rows, blank ones included, as typed. */
  milestones: MilestoneRow[];
}

type Entries = Pick<FormData, "get">;

const text = (form: Entries, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

const blankRow = (): MilestoneRow => ({ title: "", amountRupees: "", dueDays: "" });
const isBlank = (row: MilestoneRow) => [row.title, row.amountRupees, row.dueDays].every((value) => value.trim() === "");

export function emptyProposalFields(): ProposalFormFields {
  return { coverLetter: "", priceRupees: "", deliveryDays: "", milestones: Array.from({ length: MILESTONE_ROWS }, blankRow) };
}

/** A stored proposal as the form shows it for editing: rupees as typed, the plan in its rows. */
export function proposalFieldsFromProposal(proposal: {
  coverLetter: string;
  bidPaisa: number;
  deliveryDays: number;
  milestones: { title: string; amountPaisa: number; dueDays: number }[] | null;
}): ProposalFormFields {
  const plan = proposal.milestones ?? [];
  return {
    coverLetter: proposal.coverLetter,
    priceRupees: String(proposal.bidPaisa / 100),
    deliveryDays: String(proposal.deliveryDays),
    milestones: Array.from({ length: MILESTONE_ROWS }, (_, row) => {
      const milestone = plan[row];
      return milestone
        ? { title: milestone.title, amountRupees: String(milestone.amountPaisa / 100), dueDays: String(milestone.dueDays) }
        : blankRow();
    }),
  };
}

export function proposalFieldsFromForm(form: Entries): ProposalFormFields {
  return {
    coverLetter: text(form, "coverLetter"),
    priceRupees: text(form, "priceRupees"),
    deliveryDays: text(form, "deliveryDays"),
    milestones: Array.from({ length: MILESTONE_ROWS }, (_, row) => ({
      title: text(form, `milestones.${row}.title`),
      amountRupees: text(form, `milestones.${row}.amountRupees`),
      dueDays: text(form, `milestones.${row}.dueDays`),
    })),
  };
}

/** The rows that hold something, with the row each came from. */
function filledRows(fields: ProposalFormFields): { row: number; milestone: MilestoneRow }[] {
  return fields.milestones.flatMap((milestone, row) => (isBlank(milestone) ? [] : [{ row, milestone }]));
}

/** What submitProposal validates: no plan when every row is blank. */
export function proposalInputFromFields(jobId: string, fields: ProposalFormFields) {
  const rows = filledRows(fields);
  return {
    jobId,
    coverLetter: fields.coverLetter,
    priceRupees: fields.priceRupees,
    deliveryDays: fields.deliveryDays,
    ...(rows.length > 0 ? { milestones: rows.map(({ milestone }) => milestone) } : {}),
  };
}

/** The domain's field errors keyed by the form's rows. */
export function proposalFieldErrors(fields: ProposalFormFields, errors: Record<string, FieldError>): Record<string, FieldError> {
  const rows = filledRows(fields);
  const out: Record<string, FieldError> = {};
  for (const [path, error] of Object.entries(errors)) {
    const match = /^milestones\.(\d+)(?:\.(\w+))?/.exec(path);
    const row = match ? (rows[Number(match[1])]?.row ?? Number(match[1])) : null;
    const key = match ? (match[2] ? `milestones.${row}.${match[2]}` : "milestones") : path;
    out[key] ??= error;
  }
  return out;
}
