// Links from the notes in what we write (pages, schedules) are only those a reader can follow
// safely: no `javascript:`, `data:` or `vbscript:`.

/** The schemes a link from the notes may have. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** The URL as an absolute `http:`, `https:` or `mailto:` address, or null for anything else (relative, other schemes, not a URL). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return (LINK_PROTOCOLS as readonly string[]).includes(parsed.protocol.slice(0, -1)) ? parsed.href : null;
}
