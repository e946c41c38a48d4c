import { refuse } from './errors';

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Returns rows of cells with the
 * 1-based line each row starts on (for error messages).
 */
export function parseCsv(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else if (ch === '\r' && text[i + 1] === '\n') {
        // a CRLF inside a quoted field is one line break, stored as \n like everywhere else in Tact
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      rows.push({ cells, line: rowLine });
      cells = [];
      field = '';
      line++;
      rowLine = line;
    } else {
      field += ch;
    }
  }
  if (quoted) throw refuse('csvQuote', String(quoteLine));
  if (field !== '' || cells.length) {
    cells.push(field);
    rows.push({ cells, line: rowLine });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}
