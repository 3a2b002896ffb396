/**
 * Focuses a field and selects its text, so that typing replaces a prefilled value ("25" over "21", never
 * "2125"): for the field of an option just added or copied.
 */
export function focusAndSelect(id: string): void {
  const element = document.getElementById(id);
  element?.focus();
  if (element instanceof HTMLInputElement) element.select();
}
