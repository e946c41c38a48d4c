import type { RuleFamily } from '../types';

// Asking friends for investment or interest-bearing loans makes them creditors, with a price on the tie.
export const investmentAsks: RuleFamily = {
  kind: 'signal',
  category: 'investment-asks',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'investment-asks.invest-in-me',
      severity: 'high',
      phrases: [
        'invest ~1 in ~1 my|our ~3 startup|company|business|idea|fund|project|brand|round|app|restaurant|shop|crypto|coin|token',
        'looking for ~2 investors|investment|backers',
        'angel ~1 investors|investment',
        'raising ~4 round|seed|capital|funding|investment',
        'seed|series|funding|angel ~1 round',
        '<money> ~1 minimum ~1 check|investment',
        'put|invest ~1 <money> ~2 into|in',
        '2x|3x|5x|10x ~1 it|your|return|returns',
        'triple|double ~1 it|that',
        "you'd ~1 get <percent>",
        'get in early',
        'buy in early',
        'guaranteed ~1 returns|return|profit|profits',
        'double|triple ~1 your ~1 money|investment',
        '<percent> ~2 returns|return|interest|roi|profit|monthly|weekly',
        'equity in ~1 my|our',
        'presale',
        'guaranteed ~2 <percent>',
        '<money> ~2 gets|buys ~1 you <percent>',
        'opening ~1 up ~1 investment',
        'investment ~1 in ~2 my|our|the ~1 bakery|business|company|startup|shop|salon|restaurant|studio|brand',
        'guaranteed ~1 10x|2x|3x|5x|100x|profit|profits|returns|return|income|gains',
        'signals ~1 group|channel',
        'spot ~2 in ~1 our|my ~2 round|raise|seed',
        'pre sale ~2 token|coin',
        'to the moon',
        '100x|10x|1000x',
      ],
      note: 'Asking people you know to invest makes them creditors of your venture; if it goes badly you lose more than money.',
      suggestion:
        'Tell friends about the venture as news. Raise money from people whose job is investing, or make the ask one-to-one with no pressure.',
      examples: {
        flag: ['Looking for investors for my startup, friends get in early!', 'Guaranteed returns, 20% monthly'],
        pass: ['Invested in a new mattress and my back thanks me'],
      },
    },
    {
      id: 'investment-asks.loan-with-interest',
      severity: 'high',
      phrases: [
        'lend|loan ~1 me ~3 <money> ~6 interest|back with|return',
        'pay ~1 you ~1 back ~2 with ~1 interest',
        'with ~1 <percent> ~1 interest',
        'loan ~1 me ~1 <money>',
        'lend ~1 me ~1 <money>',
      ],
      note: 'A loan with interest and terms between people who know each other is a contract; it changes how you see each other until it is repaid.',
      suggestion: 'If you need help, say so plainly and privately, without terms meant for a bank.',
      examples: {
        flag: ["Can anyone lend me $2,000? I'll pay you back with interest", 'Loan me $500 till payday?'],
        pass: ['Thanks for lending me your drill!'],
      },
    },
  ],
};
