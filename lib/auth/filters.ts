// Access filters are combined with AND, never spread. A spread lets a key of
// the caller's filter (plan, status, organizationId) replace the same key of
// the access filter: a narrowing filter today, a leak the day someone passes a
// wider one (this is how a VIEWER once saw past their limit to published plans).

/** A filter, or a falsy value for an optional filter that is not set (`year && { year }`). */
type Optional<W> = W | false | null | undefined | 0 | "";

/** Rows that pass every filter given; the falsy entries are skipped. */
export function allOf<W extends object>(...filters: Optional<W>[]): { AND: W[] } {
  return { AND: filters.filter((filter): filter is W => Boolean(filter)) };
}
