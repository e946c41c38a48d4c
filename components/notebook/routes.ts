import type { ContactInput } from '@/lib/db/types';

export type Route =
  | { name: 'list' }
  | { name: 'contact'; id: string }
  | { name: 'new'; prefill?: Partial<ContactInput>; note?: string }
  | { name: 'data' }
  | { name: 'impact' }
  | { name: 'settings' };

/** `#/contact/<id>` is what the coach's "open in notebook" link opens (lib/messaging openContact). */
export function routeFromHash(hash: string): Route {
  const m = hash.match(/^#\/contact\/(.+)$/);
  if (m) return { name: 'contact', id: decodeURIComponent(m[1]) };
  if (hash === '#/new') return { name: 'new' };
  if (hash === '#/data') return { name: 'data' };
  if (hash === '#/impact') return { name: 'impact' };
  if (hash === '#/settings') return { name: 'settings' };
  return { name: 'list' };
}
