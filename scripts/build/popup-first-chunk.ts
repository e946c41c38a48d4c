// The popup's first paint is timed from the click (issue 12: first render ≤ 150 ms in Chromium). Split by
// sharing, its script came in four files, and each cost the page a fetch from the extension and a main-thread
// task before any of it ran: one chunk measured 132 against 147 ms (median of 15 openings, empty page 88 ms).
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * A rolldown `codeSplitting` group: the modules the page `html` (an absolute path) reaches by static imports,
 * except the page, its own script `entry` and style sheets. The options page shares some of them (i18n and
 * WXT's plugin loader, which both pages run) and so imports this chunk: it must hold nothing else that runs on
 * loading or styles a page (with the entry in it, options.html ran the popup's first paint and took its CSS). What
 * it holds beside the shared modules is definitions only.
 */
export function firstChunkOf(html: string, entry: string, chunk: string) {
  let reached: Set<string> | null = null;
  const walk = (graph: ModuleGraph): Set<string> => {
    const seen = new Set<string>();
    const stack = [html];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    seen.delete(html);
    seen.delete(entry);
    return seen;
  };
  return {
    name: (id: string, graph: ModuleGraph): string | null => {
      reached ??= walk(graph);
      return reached.has(id) && !/\.css($|\?)/.test(id) ? chunk : null;
    },
  };
}
