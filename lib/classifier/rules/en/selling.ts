import type { RuleFamily } from '../types';

// Seed essay: "We generally don't forward videos that appear to be selling anything": a price turns
// a friend into a customer.
export const selling: RuleFamily = {
  kind: 'signal',
  category: 'selling',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'selling.price-offer',
      severity: 'high',
      phrases: [
        'only|just <money>', 'for only|just <money>', '<money> each', '<money> per|a|an ~1 box|bottle|jar|session|piece|set|pack|bag|bundle|kit|class|lesson|candle|bar|tub|item',
        'starting|starts|prices at|from <money>', 'priced at <money>', 'retail|retails ~2 <money>', 'price ~1 is|drops|drop ~1 <money>',
        'asking <money>', '<money> obo', 'normally|usually|regularly|originally <money> ~3 <money>', 'from <money> to <money>', 'or <num> ~1 for <money>|<num>', '<money> ~1 tier|level|package|bundle|lifetime|flat', 'we ~1 can ~1 do ~4 for <money>', 'pricing|price ~1 sheet|list|deck', 'launch ~1 price|pricing|discount',
        'bundle|kit|package|tier|membership|subscription|course|cohort|tees|shirts|hoodies|prints|starter ~3 is|are|costs|cost|runs|for|at|just|only <money>',
        '<money> ~1 hr|hour|hourly|mo|month|session|class|lesson|night|seat', 'i ~1 do|offer|provide|teach ~4 at|for <money>', 'lock ~1 in ~3 <money>', '<money> but ~4 <money>', '<money> per|for <num>', '<money> a|per|each ~1 pair|piece|print|copy', 'selling ~2 these|those|them ~3 <money>', '<money> or best offer', 'selling ~3 for <money>', 'yours for <money>', 'get ~2 for <money>',
      ],
      note: 'A price turns friends into customers: social ties run on gifts and favours, and a quote tells them you see a sale.',
      suggestion: 'Share it without the price, and let anyone curious ask you privately, or post it where people came to shop.',
      examples: {
        flag: ['These candles are only $25 each, perfect for gifts!', 'Selling my old bike for $150, starting at $20 a box'],
        pass: ['Gas is $5 a gallon now, ugh', 'We paid $200 for the concert tickets and it was worth it'],
      },
    },
    {
      id: 'selling.own-products',
      severity: 'medium',
      phrases: [
        "i'm|im|we're|were ~1 selling|offering", 'i|we ~1 am|are ~1 selling', 'now selling|offering', 'selling ~1 these|those|my|our|some|packages|plans|policies',
        'get ~1 you ~1 a ~2 rate|deal|price|discount',
        'throw ~1 in ~1 a|one|some ~2 free', 'beat ~4 paying|price|prices|rate|rates|quote',
        'licensed ~1 agent|broker|realtor|advisor', 'reply|message|dm ~2 with ~1 your ~1 zip|postcode|email|number|address', 'you ~1 all ~1 need ~1 them|this|these|one|it',
        'first|1st ~1 person ~1 i ~1 thought ~1 of', "i'll|ill ~1 invoice ~1 you", 'shop|store|etsy|boutique|studio ~1 is ~1 open|live|officially', 'best ~1 deals|deal|prices ~1 anywhere|online|around|in', 'hit ~1 my|me ~1 insta|dm|dms|inbox|up', 'click ~1 here', 'link ~1 below', 'check ~2 my|our ~1 channel|shop|store|website|site|etsy|listing|menu', 'lock ~1 in ~3 rate|price|pricing', 'my|our ~1 kickstarter|indiegogo|patreon|merch', 'grab|buy|get ~2 merch', 'send ~2 over ~1 a ~1 quote', 'i|we sell ~2 my|our|these|handmade|homemade|custom', 'for sale', 'on sale now',
        'check out my|our ~2 shop|store|website|site|products|collection|line|listing|listings|etsy|boutique|range|menu|catalog|catalogue',
        'my|our new ~2 product|products|collection|line|range|shop|store|boutique|skincare|makeup|supplement|supplements|catalog|catalogue|menu',
        'visit my|our ~1 shop|store|website|etsy|booth', 'now available', 'available now', 'in stock', 'back in stock', 'free shipping', 'ships worldwide|nationwide|free',
        'taking|accepting ~2 orders|bookings|clients|commissions', 'place your order*', 'pre order*', 'preorder*', 'limited edition ~2 now',
        'my|our products', 'my rates', 'rates start', 'now booking', 'book me', 'commissions open',
      ],
      note: 'Promoting what you sell to people who follow you as a friend asks them to switch from friend to buyer.',
      suggestion: 'Tell the story of what you made or why it matters to you; people who want to buy will ask.',
      examples: {
        flag: ["I'm selling my homemade soaps, check out my shop!", 'Taking orders for Christmas cookies now', 'My new skincare line is here'],
        pass: ['My friend Ana sells the best bread in town', 'Garage sale at my mom\'s was chaos lol'],
      },
    },
  ],
};
