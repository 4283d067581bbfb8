import { textField } from "./form-data.ts";

/**
 * The token of an e-mailed link (/reset-password?token=…). In the query, not the path, so the
 * request log (which records paths) never holds a live link; the page's own form sends it back
 * as a field too, whatever the browser does with the form's action URL.
 */
export function linkToken(request: Request, form?: FormData): string {
  const fromForm = form ? textField(form, "token") : "";
  return fromForm || (new URL(request.url).searchParams.get("token") ?? "");
}
