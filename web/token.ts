const KEY = 'signals-board-token';

/**
 * The API token: read from `?token=` once (then removed from the address bar, so it is not bookmarked or
 * shared by accident) and kept in sessionStorage for this tab's other pages.
 */
export function apiToken(): string | null {
  const url = new URL(location.href);
  const given = url.searchParams.get('token');
  if (given) {
    sessionStorage.setItem(KEY, given);
    url.searchParams.delete('token');
    history.replaceState(null, '', url);
  }
  return sessionStorage.getItem(KEY);
}
