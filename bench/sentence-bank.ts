/**
 * Sentences people really write on social networks, for the synthetic drafts. Most are clean; the
 * flip lists carry the signals the classifier looks for, so long drafts exercise its hot paths.
 */
export const socialClean: readonly string[] = [
  'Happy birthday, Sam! Hope the day is as lovely as you are 🎉',
  'We had the best time at the lake this weekend, the kids did not want to leave.',
  'Thank you all for the kind messages after Grandpa passed, it meant the world to us.',
  'Anyone up for a board game night on Friday? I will bring snacks.',
  'Congrats on the new baby, she is absolutely gorgeous ❤️',
  'Just finished the marathon, legs are jelly but I am so proud of myself.',
  'Miss you guys, let us get dinner soon when you are back in town.',
  'Does anyone have a good recipe for banana bread? Mine always comes out dry.',
  'So grateful for neighbours who shovel your driveway without being asked.',
  'The garden is finally blooming, look at these tulips!',
  'Can someone help me move a couch on Saturday? Pizza and beer on me.',
  'Our dog learned to open the fridge. We are in trouble.',
  'Throwback to that road trip in 2019 when we got lost for six hours.',
  'Sending hugs to everyone dealing with the storm tonight, stay safe.',
];

export const marketClean: readonly string[] = [
  'Excited to share that I have joined Northwind as Head of Product.',
  'Our Q3 report is out: revenue grew 18% year over year, link in the comments.',
  'We are hiring two backend engineers in Lisbon, remote-friendly.',
  'Thanks for the call today; I will send the proposal by Thursday.',
  'Attaching the revised statement of work with the updated milestones.',
  'Key takeaways from the conference: automation, pricing discipline and customer retention.',
  'Happy to connect and compare notes on supply-chain tooling.',
  'Our team shipped the new invoicing API after eight months of work.',
  'Please find the quote for 40 licences attached, valid until the end of the month.',
  'Looking forward to the vendor review meeting next Tuesday at 10:00.',
  'Proud of the team for closing the Series A this week.',
  'The webinar recording and slides are now available on our site.',
];

/** Prices, pitches and favours turned into transactions, among friends and family. */
export const socialToMarket: readonly string[] = [
  'By the way, I can do your wedding photos for a friends-and-family rate of $800.',
  'If you need help moving, I charge $25 an hour, cash or Venmo.',
  'Use my referral link to get 20% off your first order!',
  'DM me if you want to join my team, this business changed my life and can change yours.',
  'Since you are family, I will only charge you half price for the consultation.',
  'Check out my shop, everything is 30% off this weekend only, link in bio.',
  'You still owe me $40 for the birthday present we split, please pay me back.',
  'I am running a limited-time offer on coaching packages, book a free discovery call.',
];

/** Private life quoted in a business exchange. */
export const marketToSocial: readonly string[] = [
  'I saw on your Instagram that your daughter just started college, congrats!',
  'Sorry to hear about your divorce; anyway, about the contract renewal…',
  'Noticed from your Facebook that you were at the hospital last week, hope all is well before we talk pricing.',
  'Your wife mentioned on her profile that you are expecting, so maybe we can push the deadline?',
  'Loved your vacation photos from Bali, by the way — ready to sign the renewal?',
  'Saw you checked in at the church on Sunday, you must be a man of values like our company.',
];
