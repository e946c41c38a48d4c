import type { RuleFamily } from '../types';

// Manufactured scarcity is a sales technique; among friends it reads as pressure.
export const urgency: RuleFamily = {
  kind: 'signal',
  category: 'urgency',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'urgency.limited-offer',
      severity: 'medium',
      phrases: [
        'limited time|stock|spots|spaces|seats|slots|availability|quantities|offer|supply', 'only|just <num> left|available|remaining', 'only|just <num> spots|spaces|seats|slots|places|pieces|items|units|copies|bottles|boxes|sets|kits|bags|jars|candles|prints|hoodies|shirts|tees|pairs|tickets ~1 left|available|remaining|at|and', 'last <num> ~3 left|available|remaining|copies|pieces', 'order|buy|book|grab|sign|register|join ~2 by|before ~1 midnight|tonight|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|noon', 'before ~1 they|it ~1 sell|sells|closes|close|runs|goes', 'before ~1 they\'re|theyre|it\'s|its ~1 gone', 'won\'t|wont|not ~1 be ~1 restocking|restocked|back', 'won\'t|wont ~1 come ~1 back', 'drop ~1 ends', 'closes|ends ~1 tonight|tomorrow|friday|sunday|soon|midnight', '<num> hour|hours|day ~1 sale', 'for ~1 the ~1 next <num> ~1 hours|days|minutes', 'for <num> ~1 hours|days ~1 only', '<num> ~1 hours ~1 left', 'today ~1 only', 'if ~1 you ~1 sign|order|buy|book|commit ~2 before|by', 'let ~1 me ~1 know ~1 by', 'then ~1 it ~1 doubles|goes', 'first <num> ~2 to ~1 reply|comment|message|sign', "once ~1 it's|its|they're|theyre ~1 gone", 'or ~1 miss ~1 it|out', 'early ~1 bird ~2 rate|price|pricing|discount|ends',
        'rate|price|pricing|offer|discount|deal ~1 disappears|expires|ends|jumps|doubles|vanishes', "you'll|youll|you ~1 regret", "don't|dont ~1 wait", 'last ~1 call', 'timer|countdown', 'go|goes ~1 back ~1 to ~1 full ~1 price',
        'at|before|by|until|till ~1 midnight|8pm|9pm|10pm|11pm|noon', 'only|just <num> ~1 dates|saturdays|sundays|weekends|openings|spots|seats|slots|places ~1 left',
        'grab|order|buy|book|get ~2 it|one|yours ~1 this ~1 week', 'before ~1 friday|sunday|monday|tonight|midnight|tomorrow ~2 or',
        '<num> spots|spaces|seats|slots ~1 left|remaining', 'while supplies|stocks|stock ~1 last', 'offer ~1 ends|expires', 'sale ~1 ends', 'ends ~1 tonight|midnight',
        "don't miss out", 'dont miss out', 'act now|fast', 'selling out fast', 'almost|nearly ~1 sold out', 'going fast', 'today only', 'this week only', '<num> hours only',
        'last chance to ~3 buy|order|grab|get|join|save|sign|book', 'before ~2 price|prices ~1 go|goes up', 'before ~1 it|they ~1 sell out',
      ],
      note: 'Countdowns and "only a few left" are pressure tactics from sales; friends feel handled, not informed.',
      suggestion: 'Remove the pressure: say what it is and let people decide in their own time.',
      examples: { flag: ['Only 3 spots left!', 'Offer ends tonight at midnight', "Don't miss out, prices go up Friday"], pass: ['Only 3 days left until vacation!!', 'Last chance to see you before you move 😢'] },
    },
  ],
};
