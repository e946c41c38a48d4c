/** Drafts the card is judged on (issue 9), shared by the card's tests and its before/after measure. */
export const promoDraft = 'Use my referral code SAVE20 for 20% off at my shop this weekend!';

export const condolencePitch =
  'So sorry for your loss, Maria. The funeral was beautiful. If you need anything, my essential oils help with grief, DM me for prices.';

const day =
  'We spent the weekend at the lake with the kids, grilled corn, and watched the storm roll in over the hills. ' +
  'Grandma told the story about the canoe again and everyone laughed like it was the first time. ';

/** A long, warm post (about 2,000 characters) with the same discount code three times. */
export const longPostWithCodes = [
  day.repeat(3),
  'Use code ANA20 for 20% off at my shop! ',
  day.repeat(3),
  'Remember, code ANA20 gets you 20% off. ',
  day.repeat(2),
  'Last chance: use ANA20 at checkout. Love you all.',
].join('');

export const facebookPost = `[data-lexical-editor=true][aria-label^="What's on your mind"]`;
