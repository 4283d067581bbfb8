import { PROFILE_LANGUAGES } from "@hunar/profiles/profile-options";
import { textField } from "./form-data.ts";

/** The profile editor's form as the domain's input: a level per language ("" = not spoken), skills split on commas. */
export function profileEditFromForm(form: FormData) {
  return {
    headlineUr: textField(form, "headlineUr"),
    headlineEn: textField(form, "headlineEn"),
    bioUr: textField(form, "bioUr"),
    bioEn: textField(form, "bioEn"),
    city: textField(form, "city"),
    languages: PROFILE_LANGUAGES.flatMap((code) => {
      const level = textField(form, `level.${code}`);
      return level === "" ? [] : [{ code, level }];
    }),
    skills: textField(form, "skills").split(/[,،\n]/),
    showFirstNameOnly: textField(form, "showFirstNameOnly") === "on",
  };
}

/** What the form posted, to show back after a refusal (the same names as the inputs). */
export function postedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string" && name !== "_action") values[name] = value.slice(0, 5000);
  return values;
}
