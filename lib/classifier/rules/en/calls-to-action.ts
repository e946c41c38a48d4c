import type { RuleFamily } from '../types';

// A call to buy asks friends to act as customers; the essays' example is the business call to
// action sent to an entire friends list.
export const callsToAction: RuleFamily = {
  kind: 'signal',
  category: 'calls-to-action',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'calls-to-action.buy-now',
      severity: 'high',
      phrases: [
        'buy|shop|order|book|grab ~1 now|today|here', 'get|grab ~1 yours', 'link in ~1 bio', 'link in my bio', 'add to cart', 'swipe up', 'tap|click ~1 the ~1 link ~3 buy|order|shop|get|grab|claim',
        'shop ~1 the|my|our ~1 sale|collection|look|link', 'order ~1 yours', 'order through|from|via me', 'purchase ~2 through|from ~1 my ~1 link|site|store', 'claim ~2 your ~2 discount|offer|spot',
        'sign up ~1 now|today|here', 'register ~1 now|today|here', 'enroll|enrol ~1 now|today', 'download ~1 my|our ~1 app',
      ],
      note: 'A call to buy asks your friends to act as customers, which changes what the friendship is about.',
      suggestion: 'Drop the call to action. Share what you are proud of, and let people come to you.',
      examples: {
        flag: ['New hoodies just dropped, shop now!', 'Get yours before Friday, link in bio', 'Sign up today for my course'],
        pass: ['Can you grab me a coffee on your way?', 'I need to book a flight for the wedding'],
      },
    },
    {
      id: 'calls-to-action.message-to-order',
      severity: 'high',
      phrases: [
        'dm|message|pm|inbox|text|email|comment|whatsapp ~2 me|us ~3 to ~1 order|buy|book|purchase|place|grab|claim|reserve',
        'dm|message|pm|inbox|text|email|whatsapp ~2 me|us ~3 for ~1 prices|pricing|price|rates|discount|code|orders|order',
        'dm|message|pm|inbox ~2 me|us ~2 to get started',
        'comment ~1 yes|interested|info ~3 details|info|link|price|prices', 'dm|message|pm ~1 to ~1 buy|order|book|purchase', 'reply|comment ~3 and ~1 i\'ll|ill ~1 send|dm|message', 'order|buy|grab|get ~1 your ~2 today|now', 'buy|grab|get|order ~1 my ~2 ebook|book|course|album|product|app|guide|merch|print|prints', 'grab|get|buy ~2 it|one|yours ~1 before', 'can ~1 i ~1 send ~1 you ~3 video|info|information|details|link|catalog', 'link|links ~1 in ~1 my|the ~1 description|bio|profile',
        'if ~1 you ~1 buy|order|sign ~3 through|with|using|via ~1 my|this|the|<url> ~1 link|code|url', 'dm ~1 <code>', 'message|dm|pm|email ~1 me ~3 and ~1 i\'ll|ill ~2 send ~3 calendar|rates|details|info|link|quote|menu', 'reply ~4 and ~1 i\'ll|ill ~3 dm|send|message ~2 link|info|details|you', 'dm|message|pm ~1 me ~2 if ~1 you ~2 want ~1 in|one|some|any', 'want ~1 me ~1 to ~1 send ~3 quote|catalog|info|details|link|samples',
        'send me a message ~3 order|buy|prices|pricing',
      ],
      note: 'Inviting friends to message you for prices or orders turns a friendly post into a sales funnel.',
      suggestion: 'Say what you are up to in your own words; if anyone wants to buy, they will reach out.',
      examples: { flag: ['DM me to order!', 'Message me for pricing 💕', 'Comment "yes" for details and the link'], pass: ['DM me when you land', 'Message me if you need a ride'] },
    },
    {
      id: 'calls-to-action.book-a-session',
      severity: 'medium',
      phrases: [
        'book|schedule|grab ~2 free|discovery|strategy|intro|consultation|consult ~1 call|session|consultation|consult',
        'book ~1 a|your ~1 session|consultation|appointment|slot|spot',
        'sign up for ~1 my|our ~2 course|class|classes|program|programme|webinar|masterclass|workshop|challenge|coaching|newsletter',
        'join ~1 my|our ~2 webinar|masterclass|course|challenge|bootcamp|program|programme|workshop', 'use my|this ~1 link ~2 to sign|to join|to get',
        'check out my|our ~1 course|program|programme|webinar|coaching|podcast|channel|app', 'subscribe|sub ~1 to ~1 my|our|the ~1 channel|newsletter|podcast|substack',
      ],
      note: 'Booking calls and signing people up for your programme is a business relationship, not a friendly one.',
      suggestion: 'Share one useful idea from your work instead; mention the programme only to people who ask.',
      examples: {
        flag: ['Book a free discovery call with me this week', 'Sign up for my masterclass', 'Subscribe to my channel!'],
        pass: ['Booked a table for six at 8', 'I signed up for a pottery class, wish me luck'],
      },
    },
  ],
};
