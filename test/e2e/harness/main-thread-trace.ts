import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, without the time the thread was descheduled. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

export interface MainThreadTask {
  /** Task length in ms. */
  duration: number;
  /** The task's thread (CPU) time in ms, where the trace has it. */
  cpu: number;
  /**
   * Of which ms (thread time) ran Tact's code (scripts from chrome-extension://), including layout it forced, but
   * not garbage collection that happened to start inside it: with Tact entered once or twice in a
   * task, a collection there is paid for the page's own allocations (reported as `tactGc`).
   */
  tact: number;
  /** GC time that fell inside Tact's calls, left out of `tact`. */
  tactGc: number;
  /** How many times Tact's code was entered in this task (listeners, observer callbacks, timers). */
  tactCalls: number;
  /**
   * Most of the task is Tact's code (its debounced check): the task's length is Tact's doing. A task
   * where Tact's input listener runs for a moment inside the browser's own editing work is not.
   */
  isTacts: boolean;
}

/**
 * A Chromium trace of the page's main thread, so every long task can be attributed: the editor
 * library's own paste handling and the browser laying out 100 KB of text are not Tact's, while any
 * task in which the content script runs is. Long-task and long-animation-frame entries cannot tell
 * these apart (content scripts run in an isolated world that they do not attribute).
 */
export class MainThreadTrace {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly origin: string,
  ) {}

  static async start(page: Page): Promise<MainThreadTrace> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: {
        includedCategories: [
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-v8.gc',
          'devtools.timeline',
          'toplevel',
          '__metadata',
        ],
      },
    });
    return new MainThreadTrace(cdp, new URL(page.url()).origin);
  }

  async stop(): Promise<MainThreadTask[]> {
    const done = new Promise<string>((ok) => this.cdp.once('Tracing.tracingComplete', (e) => ok(e.stream!)));
    await this.cdp.send('Tracing.end');
    const stream = await done;
    let json = '';
    for (;;) {
      const chunk = await this.cdp.send('IO.read', { handle: stream });
      json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await this.cdp.send('IO.close', { handle: stream });
    await this.cdp.detach();
    const parsed = JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] };
    return tasksOf(Array.isArray(parsed) ? parsed : parsed.traceEvents, this.origin);
  }
}

/** Renderer main threads ("pid:tid") of the traced page's process, found from the tracing-start frame list. */
function pageMainThreads(events: TraceEvent[], origin: string): Set<string> {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser') as
    (TraceEvent & { args: { data: { frames?: Array<{ url: string; processId?: number }> } } }) | undefined;
  const pids = new Set((started?.args.data.frames ?? []).filter((f) => f.url.startsWith(origin) && f.processId).map((f) => f.processId!));
  return new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Total length of the union of [start, end) intervals, so nested calls are not counted twice. */
function unionLength(intervals: Array<[number, number]>): number {
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of [...intervals].sort((x, y) => x[0] - y[0])) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** V8's collector, as the timeline names it (young and full generation). */
const GC_EVENTS = new Set([
  'MinorGC',
  'MajorGC',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'V8.GCCompactor',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY',
]);

function tasksOf(events: TraceEvent[], origin: string): MainThreadTask[] {
  const mains = pageMainThreads(events, origin);
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined);
  const calls = onMain.filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript');
  const gcs = onMain.filter((e) => GC_EVENTS.has(e.name));
  return onMain
    .filter((e) => e.name === 'RunTask')
    .map((task) => {
      const end = task.ts + task.dur!;
      const inside = calls.filter((c) => c.ts >= task.ts && c.ts < end);
      const isTact = (c: TraceEvent) => (c.args?.data?.url ?? '').startsWith('chrome-extension://');
      const tactCalls = inside.filter(isTact);
      const spans = tactCalls.map((c): [number, number] => [c.ts, c.ts + c.dur!]);
      const gcInside = gcs.filter((g) => g.ts >= task.ts && g.ts < end && spans.some(([a, b]) => g.ts >= a && g.ts < b));
      const gc = unionLength(gcInside.map((g) => [g.ts, g.ts + (g.tdur ?? g.dur!)]));
      // Thread time where the trace has it: on a shared 2-core machine a call can be descheduled for
      // tens of ms, which is the machine's doing, not work Tact added to the task.
      const outermost = tactCalls.filter((c) => !tactCalls.some((o) => o !== c && o.ts <= c.ts && c.ts < o.ts + o.dur!));
      const cpu = outermost.reduce((sum, c) => sum + (c.tdur ?? c.dur!), 0);
      const tact = Math.max(0, cpu - gc);
      const taskCpu = task.tdur ?? task.dur!;
      return {
        duration: task.dur! / 1000,
        cpu: taskCpu / 1000,
        tact: tact / 1000,
        tactGc: gc / 1000,
        tactCalls: tactCalls.length,
        isTacts: tact > 0 && tact >= taskCpu / 2,
      };
    });
}
