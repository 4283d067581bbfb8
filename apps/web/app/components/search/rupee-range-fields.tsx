import { TextField } from "@hunar/ui/field";

/** A "from / to" pair of whole-rupee fields (`min`, `max`), digits left to right in both languages. */
export function RupeeRangeFields({
  legend,
  minLabel,
  maxLabel,
  value,
  error,
}: {
  legend: string;
  minLabel: string;
  maxLabel: string;
  value: (name: "min" | "max") => string;
  error: (name: "min" | "max") => string | undefined;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-medium text-stone-800">{legend}</legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField name="min" label={minLabel} inputMode="numeric" dir="ltr" defaultValue={value("min")} error={error("min")} />
        <TextField name="max" label={maxLabel} inputMode="numeric" dir="ltr" defaultValue={value("max")} error={error("max")} />
      </div>
    </fieldset>
  );
}
