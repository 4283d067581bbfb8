/** A section's way to ask for the translated error of one of its fields. */
export type FieldMessage = (name: string) => string | undefined;
