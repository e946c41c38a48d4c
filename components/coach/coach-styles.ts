/**
 * Styles for the badge and card, injected into our shadow root only. The host rule is !important
 * because page stylesheets reach the host element: it must take no space in the page's layout.
 */
export const coachCss = `
:host { position: absolute !important; display: block !important; width: 0 !important; height: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; z-index: 2147483000 !important; }
:host([data-open="true"]) { z-index: 2147483001 !important; }
.tact-root { all: initial; position: absolute; left: 0; top: 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); --fg: #1d2330; --bg: #ffffff; --muted: #5b6475; --line: #d9dde6; --ok: #1f8a4c; --caution: #b7791f; --flip: #c53030; }
@media (prefers-color-scheme: dark) {
  .tact-root { --fg: #e8ebf2; --bg: #1e232d; --muted: #a3acbd; --line: #3a4252; --ok: #48bb78; --caution: #ecc94b; --flip: #fc8181; }
  /* The dark palette's badge colours are light: dark text keeps the count readable. */
  .tact-badge, .tact-badge[data-level="flip"] { color: #1d2330; }
}
.tact-badge { all: unset; box-sizing: border-box; min-width: 22px; height: 22px; padding: 0 4px; border-radius: 11px; cursor: pointer;
  display: flex; align-items: center; justify-content: center; font: 700 11px/1 system-ui, sans-serif;
  color: #fff; background: var(--ok); box-shadow: 0 1px 3px rgba(0,0,0,.3); }
.tact-badge[data-level="caution"] { background: var(--caution); color: #1d2330; }
.tact-badge[data-level="flip"] { background: var(--flip); }
.tact-badge[data-dismissed] { opacity: .45; }
.tact-badge:focus-visible { outline: 2px solid #4c8bf5; outline-offset: 2px; }
.tact-card { position: absolute; right: 0; bottom: 28px; width: 340px; box-sizing: border-box;
  padding: 10px 12px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); }
.tact-card[data-below] { bottom: auto; top: 28px; }
.tact-head { display: flex; align-items: flex-start; gap: 8px; }
.tact-lead { flex: 1; margin: 0 0 4px; font-weight: 600; font-size: 14px; }
button.tact-close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: var(--muted); }
button.tact-close:focus-visible { outline: 2px solid #4c8bf5; }
.tact-norm { margin: 0 0 6px; color: var(--muted); font-size: 12px; }
/* Only the list scrolls, so the lead and the actions stay in sight. */
.tact-findings { list-style: none; margin: 0; padding: 0; max-height: 220px; overflow: auto; }
.tact-findings li { border-top: 1px solid var(--line); padding: 5px 0; }
.tact-findings summary { cursor: pointer; }
.tact-change { font-weight: 600; }
.tact-actual { color: var(--muted); }
.tact-sev { display: inline-block; font-size: 11px; font-weight: 700; padding: 0 5px; border-radius: 3px; color: var(--fg); }
/* The same two colours as the highlights over the editor. */
.tact-sev-flip { background: rgba(229,62,62,.2); border-bottom: 2px solid #e53e3e; }
.tact-sev-caution { background: rgba(236,201,75,.25); border-bottom: 2px solid #c48a12; }
.tact-legend { margin: 6px 0 0; font-size: 11px; color: var(--muted); }
.tact-source { margin-left: 6px; font-size: 11px; padding: 0 5px; border-radius: 8px; border: 1px solid currentColor; opacity: 0.75; }
.tact-note, .tact-suggestion { margin: 2px 0; }
.tact-suggestion { color: var(--muted); }
.tact-notice { margin: 4px 0 6px; padding: 6px 8px; border-radius: 6px; background: rgba(76,139,245,.12); font-size: 12px; }
.tact-notice p { margin: 0 0 4px; }
.tact-contact { border-top: 1px solid var(--line); padding: 6px 0; font-size: 12px; }
.tact-contact p { margin: 2px 0; }
.tact-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button.tact-action, button.tact-mute, button.tact-link { all: unset; cursor: pointer; font-size: 12px; padding: 2px 8px;
  border: 1px solid var(--line); border-radius: 4px; color: var(--fg); }
button.tact-link { border: 0; padding: 0; text-decoration: underline; }
button.tact-action:focus-visible, button.tact-mute:focus-visible, button.tact-link:focus-visible { outline: 2px solid #4c8bf5; }
.tact-more { color: var(--muted); font-size: 12px; }
.tact-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
