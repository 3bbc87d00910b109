// FormData to the plain objects our zod schemas read.

/**
 * Turns FormData into a plain object. Repeated keys (or `name[]`) become
 * arrays; dotted keys nest: `figures.0.label` → { figures: [{ label }] };
 * empty strings are left out.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) {
    // Empty inputs count as absent, as in a JSON body: optional fields then
    // take their defaults and required ones say they are required.
    if (rawKey.startsWith("$ACTION") || value === "") continue;
    const isList = rawKey.endsWith("[]");
    const path = (isList ? rawKey.slice(0, -2) : rawKey).split(".");
    let target: Record<string, unknown> = result;
    for (const [index, segment] of path.slice(0, -1).entries()) {
      const nextIsIndex = /^\d+$/.test(path[index + 1]!);
      target[segment] ??= nextIsIndex ? [] : {};
      target = target[segment] as Record<string, unknown>;
    }
    const key = path.at(-1)!;
    const existing = target[key];
    if (existing === undefined) target[key] = isList ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    else target[key] = [existing, value];
  }
  return result;
}
