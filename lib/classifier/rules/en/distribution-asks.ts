import type { RuleFamily } from '../types';

// Seed essay: PR teams asking everyone to pass a press release to their Facebook friends "does not
// work, as it is asking for a relationship (social) to flip".
export const distributionAsks: RuleFamily = {
  kind: 'signal',
  category: 'distribution-asks',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'distribution-asks.share-marketing',
      severity: 'high',
      phrases: [
        'share ~4 press release', 'press release ~4 share|repost|retweet|forward', 'leave|write|give|post|drop ~1 us|me|our|my ~1 a ~2 review|reviews|rating',
        '<num> star ~1 review|reviews|rating', 'five star ~1 review|reviews|rating', 'review us ~1 on', 'vote for ~1 my|our ~3 product|company|business|startup|app|brand|shop|salon|restaurant|bakery',
        'upvote ~2 our|my|this ~2 launch|product|app|startup|post|game|video', 'vote ~1 for ~1 us|me ~3 every|daily|day|link', 'give|leave ~3 five|5 ~1 star|stars', 'star|stars ~1 on ~1 google|yelp|amazon|tripadvisor|trustpilot|etsy',
        'give ~3 a ~1 follow|like|review', 'get ~1 the|my|our ~1 page|account|channel ~1 to <num>', 'repost|reposted|reposting|reshare|reshared|retweet|retweeted|boost|boosted ~5 article|announcement|launch|news|post ~3 our|my|about',
        'share ~1 this ~1 post ~4 tag|follow|enter|win', 'tag <num> ~1 friends', 'boost ~2 and ~1 tag', 'boosts|shares|retweets|reposts ~1 appreciated', 'crowdfunding|kickstarter|indiegogo ~3 left|ends|campaign', 'back ~1 us|me|it ~2 at|with ~2 <money>|tier', 'to ~1 enter ~3 share|tag|follow|like', 'giveaway ~4 share|tag|follow', 'back ~1 it|us|our|my ~2 kickstarter|indiegogo|campaign|project', 'leave|write|give|post|drop ~2 a|some ~1 review|reviews|rating ~3 for|on ~1 our|my', 'first <num> ~3 reviewers|reviews|shares|followers', 'vote|voted|voting ~3 for ~1 my|our ~3 podcast|channel|book|band|game|video|shop|film|photo|design|entry', 'help us reach <num>', 'share ~1 our|my ~2 launch|campaign|product|ad|promo|sale|giveaway|business|page',
      ],
      note: 'Asking friends to spread your marketing turns them into an unpaid ad channel for their own friends.',
      suggestion: 'Share the news as news. People who care will pass it on without being asked.',
      examples: { flag: ['Please share our press release with your friends!', 'Would mean the world if you left us a 5-star review', 'Vote for our startup in the awards'], pass: ['Please share, our dog Max is missing near Elm St'] },
    },
    {
      id: 'distribution-asks.like-follow',
      severity: 'high',
      phrases: [
        'like|follow|add|share ~2 my|our|the ~2 page|business|shop|store|brand|channel|account', 'get ~1 your ~2 friends|buddies|family|followers|coworkers ~2 to ~1 follow|like|share|sign|buy|vote|subscribe', 'please ~1 back ~1 it|us|this|me', 'upvote|upvoting ~1 this|it', 'we ~1 need <num> ~1 [more] ~1 friends|followers|likes|reviews|votes|subscribers|signatures|backers', 'invite ~2 <num> ~1 friends', 'tag ~2 friends ~4 win|chance|giveaway|enter|entries',
        'invite ~1 your ~1 friends ~2 to like', 'help ~1 me|us ~1 get ~1 to <num> ~1 followers|likes|subscribers|signatures', 'smash ~2 like|subscribe',
      ],
      note: 'Asking for likes and follows for a business page asks friends to do marketing work for you.',
      suggestion: 'Post something worth following; skip the ask.',
      examples: { flag: ['Please like my new business page!', 'Tag 3 friends for a chance to win'], pass: ['I like your new haircut'] },
    },
    {
      id: 'distribution-asks.share-widely',
      severity: 'medium',
      phrases: ['share ~1 with ~1 all|everyone ~2 your ~1 friends|followers|network|contacts', 'spread ~1 the ~1 word ~3 launch|shop|store|business|product|sale'],
      note: 'Asking friends to pass your news to their whole network borrows their relationships for your reach.',
      suggestion: 'Share it once as news and let it travel on its own merits.',
      examples: { flag: ['Share this with all your friends, our shop opens Monday'], pass: ['Share your favourite photo from the trip!'] },
    },
  ],
};
