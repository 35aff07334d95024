/** `?tabId=N` when a UI page (popup, reader) is opened as a tab (tests, Firefox e2e); null otherwise. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
