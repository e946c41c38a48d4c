import type { RuleFamily } from '../types';

// A paid plug dressed as a friend's opinion is the flip at its most corrosive once discovered.
export const undisclosedSponsorship: RuleFamily = {
  kind: 'signal',
  category: 'undisclosed-sponsorship',
  lang: 'en',
  direction: 'social-to-market',
  weights: { social: 1, hybrid: 0.8, market: 0.4 },
  rules: [
    {
      id: 'undisclosed-sponsorship.paid-plug',
      severity: 'high',
      phrases: [
        'thanks|thank you ~1 to ~1 <mention> ~3 sending|gifting|partnering|sponsoring', 'thanks|thank you ~4 for ~1 sending|gifting ~1 me', 'partnered|partnering ~1 with', 'in partnership with',
        'sponsored by', 'gifted by', 'proud ~2 to ~2 partner|partnering', 'to ~1 partner ~1 with', 'brand ~1 ambassador', 'ambassador for', 'they sent me', '<mention> ~1 sent ~1 over|me', 'sent ~1 over ~1 by|from <mention>', 'gifted|sent ~2 by|from <mention>', 'c/o <mention>', 'courtesy ~1 of <mention>', 'sent me ~3 to try|to review',
      ],
      unless: ['^ ad', '#ad', '#advert', '#sponsored', '#paidpartnership', '#partner', '#gifted', '#collab', 'paid partnership', 'sponsored post', 'sponsored content', 'advertisement', '#werbung', '#publicidad', '#publicite'],
      note: 'Readers take this as your honest opinion; if it was paid for or gifted and you do not say so, it is an ad in disguise.',
      suggestion: 'Start with "Ad:" (or #ad) so friends know it is a partnership; then say what you honestly think.',
      examples: { flag: ['Thank you @glowco for sending me these serums, obsessed!', 'So proud to partner with Brightside Vitamins'], pass: ['Ad: thank you @glowco for sending me these serums'] },
    },
  ],
};
