/**
 * The draft session and its engine change in place (an edit does not make a new object); `version`
 * (DraftSession.version, passed down by the workspace) names their content. Reading them through
 * `asOf(value, version)` inside `useMemo`/`useEffect` makes that dependency explicit: the value is
 * recomputed when the content changes, and the hooks linter sees why `version` is listed.
 */
export function asOf<T>(value: T, version: number): T {
  void version;
  return value;
}
