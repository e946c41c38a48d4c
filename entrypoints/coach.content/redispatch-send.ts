/** How the user sent: a click on the network's control, or Enter in a composer where Enter sends. */
export type SendTrigger = { type: 'click'; control: HTMLElement } | { type: 'enter' };

/**
 * "… anyway": the site's own send handler runs once more, on a re-dispatched event that the guard now
 * lets through (`isTrusted: false`; README, "What the site sees").
 */
export function redispatchSend(trigger: SendTrigger, editor: HTMLElement): void {
  if (trigger.type === 'click') return trigger.control.click();
  editor.focus({ preventScroll: true });
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  editor.dispatchEvent(new KeyboardEvent('keydown', init));
}
