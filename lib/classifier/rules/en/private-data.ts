import type { RuleFamily } from '../types';

// Seed essay: "the microscope that big-brother marketing … use to observe". Quoting what someone did
// not share with you is surveillance, not familiarity.
export const privateData: RuleFamily = {
  kind: 'signal',
  category: 'private-data',
  lang: 'en',
  direction: 'market-to-social',
  rules: [
    {
      id: 'private-data.other-accounts',
      severity: 'high',
      phrases: [
        'saw|seen|noticed|see|found|spotted|read ~4 on|in|from|through ~1 your|you|ur ~1 instagram|insta|ig|facebook|fb|tiktok|snapchat|snap|stories|story|twitter|personal|private|vacation|holiday|wedding|family',
        'your ~1 instagram|insta|facebook|tiktok|snapchat ~2 posts|post|photos|pics|pictures|stories|story|feed|page|account',
        'found ~1 you ~1 on ~1 instagram|insta|facebook|tiktok|snapchat|dating', 'found ~1 your ~2 instagram|insta|facebook|tiktok|snapchat|account|page|profile|blog', 'you ~1 follow ~5 on ~1 strava|instagram|insta|tiktok|twitter|facebook|pinterest', 'looked ~1 you ~1 up', 'googled ~1 you', 'did some digging', 'checked out ~1 your ~1 instagram|insta|facebook|tiktok|snapchat',
        'your ~1 wife|husband|partner|girlfriend|boyfriend|kids|children|daughter|son ~2 posted',
        "noticed|saw|see ~2 you've|youve|you ~1 watched|viewed|opened|clicked|joined|liked", 'watch|viewing|reading ~1 history',
        'saw|seen|noticed|see ~3 on|in ~1 your ~1 page|photos|pics|pictures|posts|feed', 'saw|seen|read ~2 your ~1 stories|story|posts|post|photos|pics|tweets ~2 about|from|of',
        'your ~1 public ~1 spotify|strava|venmo|goodreads|pinterest|playlists', 'your ~1 strava|fitbit|venmo|spotify|garmin|23andme|ancestry|peloton|tinder|bumble|hinge|reddit|letterboxd|myfitnesspal|whoop|oura',
        'saw|seen|noticed ~2 you ~1 posted|posting|shared|tweeted', "you've|youve ~1 been ~1 posting|sharing|tweeting", 'dug|digging ~1 up ~1 your', 'your ~1 old ~2 reddit|account|accounts|posts|tweets|blog|myspace',
        'from ~1 your ~1 neighbours|neighbors|neighbour|neighbor|cousin|friends|family|coworkers|colleagues|wife|husband|kids|ex|landlord|doctor', 'your ~1 cousin|neighbor|neighbour|friend|wife|husband|sister|brother|mom|mum|dad|coworker|ex ~2 mentioned|told ~1 me|us',
        "your ~1 son's|daughter's|kid's|kids'|child's|wife's|husband's|partner's ~2 grade|grades|health|diagnosis|records|school|therapist|doctor", 'portal|records|file ~1 shows|says|showed',
        'your ~1 facebook|instagram|fb ~1 album|albums|photos|pics|stories', "hasn't|hasnt|haven't|havent ~1 logged ~1 in", 'your ~1 tinder|bumble|hinge|dating|grindr ~1 profile', 'spotify|strava|tinder|bumble|hinge ~1 profile|playlists|activity',
        'your ~1 comment|post|posting|purchase|browsing|search|location|order|listening|viewing ~1 history', 'went ~1 through ~1 your', 'wedding|honeymoon|family|baby|vacation|holiday ~1 photos|pics|pictures ~2 on|instagram|facebook',
      ],
      note: 'Quoting what someone shared with friends elsewhere shows you watched their private life; in a business relationship that feels like surveillance.',
      suggestion: 'Stick to what they shared with you in this relationship (their work, their public profile here), or ask them directly.',
      examples: {
        flag: ['I saw on your Instagram that you just got back from Bali', 'Loved your vacation photos on Facebook! Anyway, about our proposal'],
        pass: ['Saw your talk at the conference, great points on pricing'],
      },
    },
    {
      id: 'private-data.tracked-behaviour',
      severity: 'high',
      // Only a business knows visits, purchases and records: the phrase itself puts the writer in a market role.
      impliesMarketFrame: true,
      phrases: [
        'you ~2 visited|viewed|browsed|browsing|looking|looked|checking|checked ~4 our|my ~2 site|website|page|pricing|store|app|listing|listings|cart|products|catalog',
        'your ~1 browsing|search|purchase|order|location ~1 history', 'your ~2 visits|visit|downloads|clicks|opens|views ~2 to|of|on', 'logged|tracked|recorded ~1 your', 'matched|cross ~3 your ~1 email|phone|number|name|address', 'people ~1 who ~1 downloaded|visited|bought ~3 competitor|competitor\'s|competitors', 'picked ~1 up ~4 from ~1 our',
        'found|got|pulled|looked ~1 up ~1 your ~1 address|number|email|phone', 'found|got|pulled ~1 your ~1 address|number|email|phone|details', 'property|county|court|public|voter ~1 records', 'street ~1 view',
        "haven't|hasn't|havent|hasnt ~1 ordered|bought|purchased|booked|checked ~1 out", 'your ~1 cart|basket', 'left ~3 in ~1 your ~1 cart|basket',
        'noticed|saw|see|know ~3 you ~2 recently ~1 bought|purchased|ordered|searched|googled|booked|downloaded|moved',
        'noticed|saw|see ~2 you ~2 bought|purchased|ordered|searched|googled|downloaded|picked', 'you ~1 opened ~1 my|our ~1 email|emails ~2 times',
        'your ~1 home|house ~1 address', 'where you live', 'drove|drive|walked|driving ~1 by|past ~1 your ~1 house|home|place',
        'your ~1 salary|income|credit ~1 score|report|history',
        'our|my|the ~1 records|analytics|data|logs|crm|system|database|dashboard ~3 show|shows|say|says|indicate|tell|showed', 'from ~1 your ~3 data|fitbit|purchases|loyalty|card|check|checkins|activity',
        'based ~1 on ~1 your ~2 purchases|purchase|browsing|searches|activity|orders|location|data|visits', 'our ~1 customer ~1 list|database|records', 'you ~1 bought|purchased|ordered ~5 from ~1 us',
        'you\'ve ~1 been ~1 browsing|reading|searching|looking|buying', 'you ~1 were ~1 on ~1 our', 'you|someone ~6 on ~1 our|the ~1 pricing ~1 page|docs', 'pricing ~1 page ~3 times', 'someone ~1 at ~1 your ~1 company ~4 our|on',
        'looked ~2 your ~1 company ~1 up', 'location ~1 check|checkins|history|data', 'checked ~1 in ~1 at', 'you ~1 follow|liked|like ~3 competitor|competitors|competitor\'s|accounts',
        'in|from ~1 the ~1 hr ~1 portal|system|file', 'your ~1 maternity|medical|sick ~1 leave|claims|request', 'your ~2 claims|prescriptions|prescription', 'in ~1 workday|payroll', 'your ~1 medical|health|bank|financial|phone ~1 records|history|statements|bill',
      ],
      note: 'Mentioning what you tracked (visits, purchases, searches, where they live) tells the person they are being watched.',
      suggestion: 'Make the offer on its own merits and let them tell you what they need.',
      examples: {
        flag: ['I noticed you visited our pricing page three times this week', 'Saw you recently bought a crib, congrats!', 'You left something in your cart'],
        pass: ['Thanks for visiting our booth at the fair!'],
      },
    },
  ],
};
