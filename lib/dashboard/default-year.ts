// Which year a year view opens on, when the address names none.

/**
 * The year the timeline opens on: this year if it has issued plans, else the
 * latest earlier year that has, else the earliest later one; this year when
 * none has. A year of drafts only would open on an empty chart.
 */
export function defaultTimelineYear(publishedYears: number[], thisYear: number): number {
  if (publishedYears.includes(thisYear)) return thisYear;
  const earlier = publishedYears.filter((y) => y < thisYear);
  if (earlier.length) return Math.max(...earlier);
  return publishedYears.length ? Math.min(...publishedYears) : thisYear;
}
