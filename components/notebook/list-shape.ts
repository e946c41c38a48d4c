import type { ListOrder } from '@/lib/db/order';

// Plain values, with no Preact in reach: the popup's first paint (saved-first-paint.ts) imports them too.

export const listOrders: readonly ListOrder[] = ['due', 'name'];
/** Where the popup remembers the order the user chose (remembered.ts). */
export const LIST_ORDER_KEY = 'tact.listOrder';
/** Rows drawn at once: a popup's height of them. The rest follow when the page is idle (issue 12). */
export const FIRST_SCREEN_ROWS = 20;
