/** Only web pages over HTTPS and mail drafts may leave the app; everything else (file:, javascript:, smb:...) is refused. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return true;
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
}
