import type { RuleFamily } from '../types';

// Prize and lottery bait ("you have won… call now to claim") and engagement swaps ("sub 4 sub",
// "f4f"): real text messages and comment sections are full of them, and the learned model, trained
// mostly on drafts people write to people they know, scored them low. A match means the same
// whatever the surrounding words, so the model's "no pitch here" does not temper it.
export const prizeScams: RuleFamily = {
  kind: 'signal',
  literal: true,
  category: 'prize-scams',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'prize-scams.you-have-won',
      severity: 'high',
      phrases: [
        "you|u|you've|youve|ya ~2 won|win ~4 prize|reward|gift|cash|voucher|card|iphone|trip|lottery|jackpot|<money>",
        "you|u|you've|youve ~2 been ~1 selected|chosen ~4 prize|reward|gift|cash|voucher|card|receive|<money>",
        'claim ~1 your|ur|the ~1 prize|reward|gift|winnings|voucher|cash|card',
        'to|and ~1 claim ~2 call|text|reply|click|visit|go|now|today',
        'winner ~4 claim|call|text|reply|selected',
      ],
      note: 'Prize and lottery messages ("you have won") are bait: whoever sends them to people they know or a community is using them as marks.',
      suggestion: "Don't send it. If you got one, warn people without repeating the number or link.",
      examples: {
        flag: [
          'you have won a prize, call now to claim',
          'Congratulations! You won a $1000 Walmart gift card. Go to bit.ly/123 to claim now.',
          'WINNER!! You have been selected to receive a £900 prize reward! To claim call 09061701461',
        ],
        pass: ['Our team won the pub quiz and the prize was a bottle of wine lol', 'She won the raffle at the school fair!'],
      },
    },
    {
      id: 'prize-scams.engagement-swap',
      severity: 'high',
      phrases: [
        'sub|subscribe ~1 for|4|to ~1 sub|subs',
        'sub4sub',
        'f4f',
        'l4l',
        'follow|like ~1 for|4 ~1 follow|like',
        'follow|sub ~1 back ~2 guaranteed|instantly|100%',
      ],
      note: '"Sub for sub" and "follow for follow" treat a community as an audience to farm, not people to talk with.',
      suggestion: 'Join the conversation on its topic; people who like what you make will follow you.',
      examples: {
        flag: ['sub 4 sub', 'SUB4SUB anyone??', 'f4f 💯 follow back guaranteed'],
        pass: ['I subscribed, great video', 'Followed! your art is lovely'],
      },
    },
  ],
};
