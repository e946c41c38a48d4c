import type { ContactSummary } from '../messaging/protocol';
import type { NetworkId } from '../networks/types';

export type { ContactSummary };

export type ComposerKind = 'post' | 'comment' | 'reply' | 'dm';

/** Who will read the draft, where the page tells us. */
export type Visibility = 'public' | 'friends' | 'connections' | 'followers' | 'unlisted' | 'only-me' | 'direct';

export interface Person {
  name?: string;
  /** Without the leading @. */
  handle?: string;
}

export interface Audience {
  kind: ComposerKind;
  visibility?: Visibility;
  /** The DM recipient, or the author of the post or comment being replied to. */
  target?: Person;
  /** Handles @mentioned in the draft, without @. */
  mentions: string[];
}

export interface FoundComposer {
  /** The editor root: a textarea, or the contenteditable element itself. */
  editor: HTMLElement;
  kind: ComposerKind;
}

/**
 * One per network: where its composers are and who they speak to. Every call is wrapped by the
 * caller; a throw disables this network's coach on the page (logged once), never the page.
 */
export interface ComposerAdapter {
  network: NetworkId;
  /** Every composer under root (including open shadow roots where the network uses them), each once. */
  find(root: Document): FoundComposer[];
  /** The element the badge host goes after: the editor's outer wrapper, never inside the editor. */
  anchor(editor: HTMLElement): Element;
  audience(found: FoundComposer, doc: Document, url: URL): Audience;
  /** How a send is made from its composers (issue 10); absent: Tact never holds a send here. */
  sends?: SendSpec;
}

/** A send control: a selector, and where the control is an unlabelled div, the words it shows. */
export interface SendControl {
  css: string;
  text?: RegExp;
  /** A further test the selector cannot express (the generic adapter's typeless buttons). */
  accept?(el: Element): boolean;
}

/**
 * A network's send controls, named with the same care as its composers: alternatives for older
 * and newer layouts, newest first. A click is attributed to the composer whose scope holds it.
 */
export interface SendSpec {
  controls: readonly SendControl[];
  /** Ancestors of the editor that hold it and its own send control, in order of preference. */
  scopes: readonly string[];
  /** Composer kinds where a bare Enter sends (DMs, chat-like comment boxes); elsewhere Enter is a new line. */
  enterSends: readonly ComposerKind[];
}

/**
 * Injected by the content script (the notebook lives on the extension side, lib/messaging); resolves
 * to null for people not in the notebook. A plain function type so adapters and tests need no messaging.
 */
export type ResolveContact = (query: { network: NetworkId; handle: string }) => Promise<ContactSummary | null>;
