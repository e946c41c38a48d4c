import type { RuleFamily } from '../types';

// Endearments belong to intimates; from a vendor or colleague they presume a closeness that is not there.
export const petNames: RuleFamily = {
  kind: 'signal',
  literal: true,
  category: 'pet-names',
  lang: 'en',
  direction: 'market-to-social',
  weights: { market: 1, hybrid: 0.7, social: 0.05 },
  rules: [
    {
      id: 'pet-names.endearment',
      severity: 'high',
      phrases: [
        'babe|sweetie|sweetheart|darling|cutie|honeybun|sweetiepie|sweetie-pie|babycakes|hun',
        'hi|hey|hello|thanks|thank|thx|morning|night|sure|ok|okay|sorry|yes|no|bye ~1 you ~1 honey|hon|baby|love|dear|doll|sugar|gorgeous|beautiful|handsome|sunshine',
        'hi|hey|hello|thanks|thx|morning|night|sure|ok|okay|sorry|yes|no|bye ~1 honey|hon|baby|love|doll|sugar|gorgeous|beautiful|handsome|sunshine',
        'my ~1 dear|love|darling',
        'quote|invoice|help|order|update|call|email|info|reply|report|files|feedback|heads ~1 handsome|gorgeous|beautiful|babe|hun|sweetie|love|dear|darling|cutie|hon',
      ],
      note: 'Pet names like "sweetie" or "babe" presume an intimacy that a client, colleague or prospect has not offered you.',
      suggestion: 'Use their name.',
      examples: {
        flag: ['Thanks sweetie, I will send the invoice', 'Hey babe, quick question about the contract'],
        pass: ['Thanks Maria, I will send the invoice'],
      },
    },
  ],
};
