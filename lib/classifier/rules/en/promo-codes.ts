import type { RuleFamily } from '../types';

export const promoCodes: RuleFamily = {
  kind: 'signal',
  category: 'promo-codes',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'promo-codes.code',
      severity: 'high',
      phrases: [
        'use|enter|apply ~2 code|coupon|promo|voucher',
        'promo|discount|coupon|voucher|referral|affiliate ~1 code',
        'code <code>',
        'with ~1 code <code>',
        'use|with|enter|apply <code>',
        '<code> ~2 at ~1 checkout',
        '<code> ~1 takes|knocks|gets|saves|for',
        'mention ~1 this ~1 post ~3 off|discount|free',
        'second ~1 box|one|item|bottle|pair ~2 free',
        'free ~1 months|month|trial|week|weeks ~3 with|using ~1 my|the|this ~1 link|code',
        '<code> ~2 for|at|gets|saves ~3 off|discount|checkout',
        'my|our ~1 code ~3 off|save|discount|checkout|free',
      ],
      note: 'A discount code makes the post an advertisement; the people reading notice they are being treated as a market.',
      suggestion: 'If you love the product, say why in your own words. If you earn from the code, start with "Ad:".',
      examples: {
        flag: ['Use code JESS20 at checkout!', 'Enter promo code SPRING for free shipping', 'My code gets you 15% off'],
        pass: ['I finally cracked the code on sourdough'],
      },
    },
    {
      id: 'promo-codes.discount',
      severity: 'high',
      phrases: [
        '<percent> off ~2 everything|all|your|orders|order|purchase|purchases|sitewide|storewide|today|now|with|when|code|first|at|this|until|through|for|using|if|site|items|store|shop|prices|retail|orig',
        'up ~1 to <percent> ~1 off',
        '<money> off ~3 order|purchase|first|everything|today|now|your|when|with',
        'save <percent>|<money>',
        'save up to',
        'up to <percent>',
        'off your ~1 first ~1 order|purchase|box|month|booking|session',
        'bogo',
        'buy one get one ~1 free',
        'free gift with ~2 purchase|order',
        'first ~2 free|discounted ~2 if you|when you|sign',
        'half price|half-price ~3 today|this|for|if',
        'flash sale',
        'exclusive ~1 discount|offer|deal',
      ],
      note: 'Discounts and deals are the language of shops. In a personal feed they read as a sales flyer.',
      suggestion: 'Leave out the deal. If a friend asks where to get it, tell them then.',
      examples: {
        flag: ['20% off everything this weekend!', 'Save $10 on your first order', 'BOGO on all candles'],
        pass: ['Took 20% off my mile time this year 💪', 'I owe you $10 for lunch'],
      },
    },
    {
      id: 'promo-codes.bare-discount',
      severity: 'low',
      // Rule data keeps one phrase per line, even where the list would fit on one.
      // prettier-ignore
      phrases: [
        '<percent> off',
        '<money> off',
        'half ~1 off',
      ],
      note: 'A discount figure ("30% off") on its own can read like a shop window; alone it is a small signal.',
      suggestion: 'If this is about something you sell, leave the discount for people who ask.',
      examples: { flag: ['Everything 30% off!!'], pass: ['I ran 10k this morning'] },
    },
  ],
};
