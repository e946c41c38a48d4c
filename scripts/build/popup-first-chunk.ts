// The popup's opening is timed from the click (issue 12: first render ≤ 150 ms in Chromium). Split by sharing,
// the code it runs first came in nine module files, and each cost the page a fetch from the extension and a
// task on its main thread before any of it ran. This groups every module the popup's entry imports statically
// into one chunk; the views it loads on first use stay apart, and the content script is built on its own.
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** A rolldown `codeSplitting` group: the modules `entry` (an absolute path) reaches by static imports. */
export function firstChunkOf(entry: string, chunk: string) {
  let reached: Set<string> | null = null;
  const walk = (graph: ModuleGraph): Set<string> => {
    const seen = new Set<string>();
    const stack = [entry];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  return {
    name: (id: string, graph: ModuleGraph): string | null => {
      reached ??= walk(graph);
      return reached.has(id) ? chunk : null;
    },
  };
}
