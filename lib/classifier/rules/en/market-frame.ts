import type { FrameFamily } from '../types';

// Words that put the writer in a market role; beside them a private detail reads as a sales hook.
export const marketFrame: FrameFamily = {
  kind: 'frame',
  lang: 'en',
  pitch: [
    'coupon|coupons|voucher|vouchers', 'we ~1 buy ~3 cash', 'our ~3 app|apps|package|packages|program|programme|team|plan|plans|service|services|product|products|partner|partners|vendor|offer|offers', 'fertility|life|career|business|health ~1 coach', 'slots|spots ~1 open|available', 'annual|monthly ~1 plan', 'first ~1 consult|consultation|session|call|lesson',
    'our ~2 services|service|solution|solutions|platform|product|products|software|tool|offer|offering|plans|plan|policy|policies|coverage|agency|firm|program|package|packages|rates|pricing|team|store|shop|clinic|practice',
    'we ~1 help|specialize|specialise|offer|provide', 'i ~1 help ~2 companies|businesses|brands|teams|clients|founders|families|people', 'reaching ~1 out', 'quick|short|brief ~1 call|chat',
    'hop|jump ~1 on ~1 a ~1 call', 'set ~1 up ~2 call|meeting|demo|time', 'schedule ~2 call|demo|meeting|consultation', 'demo', 'free ~1 trial', 'pricing', 'quote', 'proposal',
    'special ~1 offer', 'insurance', 'mortgage', 'refinanc*', 'realtor', 'real ~1 estate', 'upgrade', 'subscription', 
    'match ~2 price|prices|offer|quote', 'our ~1 venue|studio|salon|gym|membership|club|course|menu|dates|catalog|catalogue', 'just ~1 released ~1 a ~1 new', 'released ~1 a ~1 new ~1 model|version|product|line', 'love ~1 to ~1 help ~3 sell|buy|list', 'free ~1 sample|consult|consultation', 'our ~1 new ~2 model|product|line', 'ask ~1 us ~1 how', 'consultation', 'financial ~1 advisor|planning|plan', 'estate ~1 planning', 'life ~1 insurance', 'policy', 'discount|discounts', 'deal',
  ],
  // An existing business relationship: enough to make pet names and private details stand out,
  // not enough to make sympathy a sales hook ("hope your mom is recovering. No rush on the contract").
  context: [
    'refund', 'order|shipment|delivery|appointment|appt|booking|payment ~2 will|is|has|tomorrow|confirmed', 'your ~1 account', 'valued ~1 customer', 'invoice', 'contract',
    'sales', 'client|clients', 'prospect|prospects', 'meeting', 'project', 'deadline', 'quarter', 'q1|q2|q3|q4', 'budget', 'vendor', 'deck', 'report', 'sprint',
  ],
};
