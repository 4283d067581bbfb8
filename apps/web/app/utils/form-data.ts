import { containsControlCharacters } from "@hunar/core/control-characters";
import { data } from "react-router";

/** A text field from a submitted form; files and missing fields become "". */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The text fields of a form element, for checking it in the browser with a zod schema. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * The submitted form of an action, read once for every action so none meets a broken body: only
 * urlencoded and multipart bodies are forms (415 otherwise: JSON, text/plain, no Content-Type),
 * one that does not parse is 400 (a broken multipart boundary), and so is a text field holding
 * control characters, which PostgreSQL refuses (NUL) and no person types. Thrown as the
 * localised error page's data, with nothing read or written.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FORM_TYPES.includes(type)) throw data({ messageKey: "errors:notAForm" }, { status: 415 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data({ messageKey: "errors:unreadableForm" }, { status: 400 });
  }
  for (const value of form.values()) {
    if (typeof value === "string" && containsControlCharacters(value))
      throw data({ messageKey: "errors:controlCharacters" }, { status: 400 });
  }
  return form;
}
