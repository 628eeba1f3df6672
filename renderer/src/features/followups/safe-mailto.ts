// The one way these screens leave the app: a mailto: link, and nothing else, whatever the answer said.

/** True only for a mailto: URL (no other scheme is ever opened from the follow-up screens). */
export function isMailto(url: string): boolean {
  return /^mailto:/i.test(url);
}

/** Opens a mailto: URL in this window (the mail app takes it); refuses anything else and says so. */
export function openMailto(url: string, target: { href: string } = window.location): boolean {
  if (!isMailto(url)) return false;
  target.href = url;
  return true;
}
