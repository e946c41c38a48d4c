/**
 * A profile address for a handle, so the card's "Add to notebook" can save a link back to the
 * person. Undefined where a handle alone does not make a profile URL (Facebook names, generic sites).
 */
export function profileUrlFor(network: string, handle: string, origin: string): string | undefined {
  const h = encodeURIComponent(handle.replace(/^@/, ''));
  switch (network) {
    case 'linkedin': return `https://www.linkedin.com/in/${h}/`;
    case 'x': return `https://x.com/${h}`;
    case 'instagram': return `https://www.instagram.com/${h}/`;
    case 'threads': return `https://www.threads.net/@${h}`;
    case 'bluesky': return `https://bsky.app/profile/${h}`;
    case 'reddit': return `https://www.reddit.com/user/${h}/`;
    case 'youtube': return `https://www.youtube.com/@${h}`;
    case 'mastodon': {
      // user@instance lives on its own instance; a bare user lives on this one.
      const [user, host] = handle.replace(/^@/, '').split('@');
      return host ? `https://${host}/@${encodeURIComponent(user)}` : `${origin}/@${encodeURIComponent(user)}`;
    }
    default: return undefined;
  }
}
