/** A point in the viewport (a click's clientX/clientY). */
export interface Point {
  x: number;
  y: number;
}

/**
 * Whether the point falls on one of these boxes (a range's or a mark's line boxes). The boxes, not
 * their bounding rect: a phrase wrapped over two lines has a bounding rect that also covers the
 * empty space after the text, where a click is not on the phrase.
 */
export const pointOnBoxes = (boxes: Iterable<DOMRect>, p: Point): boolean => {
  for (const b of boxes) if (p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom) return true;
  return false;
};
