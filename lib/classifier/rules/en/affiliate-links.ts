import type { RuleFamily } from '../types';

// A link that pays the sender per click or sale is a sales channel, even when the words are friendly.
export const affiliateLinks: RuleFamily = {
  kind: 'signal',
  category: 'affiliate-links',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'affiliate-links.tracking-link',
      severity: 'high',
      urlParams: ['r', 'via', 'invite', 'promo', 'promocode', 'ref', 'ref_', 'aff', 'aff_id', 'affid', 'affiliate', 'affiliate_id', 'tag', 'utm_*', 'referral', 'referrer', 'refcode', 'ref_code', 'ref_id', 'rfsn', 'irclickid', 'clickid', 'sscid', 'partner', 'partnerid', 'afftrack', 'mc_cid', 'invite_code', 'coupon'],
      urlPaths: ['/ref=', '/ref/', '/aff/', '/affiliate/', '/referral/', '/r/ref'],
      urlHosts: ['amzn.to', 'rstyle.me', 'liketk.it', 'shopstyle.it', 'shareasale.com', 'awin1.com', 'click.linksynergy.com', 'tidd.ly', 'howl.me', 'shopmy.us', 'geni.us', 'go.skimresources.com', 'anrdoezrs.net', 'jdoqocy.com', 'tkqlhce.com', 'dpbolvw.net', 'kqzyfj.com', 'prf.hn', 'pntra.com', 'ltk.app'],
      note: 'This link carries a referral or tracking tag, so you earn or measure when friends click: that makes the share a sale.',
      suggestion: 'Share a clean link without the tag, or say plainly that you earn from it ("Ad: affiliate link").',
      examples: {
        flag: ['Obsessed with this blender https://www.amazon.com/dp/B0ABC?tag=jessfinds-20', 'Grab it here: shop.example.com/p/1?ref=jess', 'amzn.to/3xYz'],
        pass: ['Here are the photos https://photos.example.com/album/123', 'Read it at https://en.wikipedia.org/wiki/Reciprocity'],
      },
    },
    {
      id: 'affiliate-links.referral-wording',
      severity: 'medium',
      phrases: ['my ~1 affiliate|referral ~1 link', 'use|through|via|with ~1 my ~1 link', 'sign up ~4 with|through|using ~1 my ~1 link|referral|code', 'per ~1 referral', 'free ~1 with ~1 my ~1 referral|link|code', 'my ~1 referral', '#affiliate', '#affiliatelink', 'i earn ~3 commission', 'i ~1 get ~3 kickback|commission|cut|percentage', 'kickback', 'earns me ~3 commission'],
      note: 'A referral link asks friends to become sign-ups that pay you, which mixes the friendship with a sale.',
      suggestion: 'Recommend it without the link; if someone asks, you can offer yours then and say you benefit.',
      examples: { flag: ['Sign up with my referral link and we both get $50', 'Use my link for a free box'], pass: ['Here is the link to the photos'] },
    },
  ],
};
