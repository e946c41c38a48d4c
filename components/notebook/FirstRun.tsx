interface Props {
  onImport: () => void;
  onAddFromPage: () => void;
}

/** What an empty notebook (the first run) says: what Tact does, and the two quickest ways to fill it. */
export function FirstRun({ onImport, onAddFromPage }: Props) {
  return (
    <section class="first-run" aria-label="Welcome" data-count={0}>
      <h2>Your notebook is empty</h2>
      <p>
        Tact reads your drafts as you write on social sites and warns you before a message to a friend sounds like a sales pitch, or one to
        a client like a favour. Tell it who people are to you, and it judges each message by that relationship.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onImport}>
          Import
        </button>
        <button type="button" onClick={onAddFromPage}>
          Add from this page
        </button>
      </div>
    </section>
  );
}
