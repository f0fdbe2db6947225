// Where the pipeline's time goes: V8 CPU profiles (CDP Profiler, sampled) of the warm pipeline
// calls, summed by function (self time), across every page. Used by bench:extract with PROFILE=1,
// which also builds the extractor unminified so the names are the source's.
import { Readability } from '@mozilla/readability';

const READABILITY = new Set(Object.getOwnPropertyNames(Readability.prototype));

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export class ProfileSummary {
  private readonly self = new Map<string, number>();
  private calls = 0;

  add(profile: CpuProfile, calls: number): void {
    const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || `(anonymous:${n.callFrame.lineNumber + 1})`]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    // timeDeltas[i] is the time since the previous sample, spent where sample i landed.
    samples.forEach((id, i) => {
      const key = name.get(id) ?? '?';
      this.self.set(key, (this.self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
    this.calls += calls;
  }

  /** Lines: self ms per extraction (mean over every profiled call) and share of the total. */
  lines(top = 20): string[] {
    // (program) and (idle) are the VM outside any script: the evaluate round trips, not the pipeline.
    const inScript = [...this.self].filter(([k]) => k !== '(idle)' && k !== '(program)');
    const total = inScript.reduce((a, [, ms]) => a + ms, 0);
    const rows = inScript.sort((a, b) => b[1] - a[1]).slice(0, top);
    const readability = inScript.filter(([k]) => READABILITY.has(k)).reduce((a, [, ms]) => a + ms, 0);
    return [
      `where the pipeline's time goes (V8 CPU profile, self time in script, ${this.calls} warm calls; ms per call):`,
      `  Readability's own methods ${(readability / this.calls).toFixed(2)} ms (${((readability / total) * 100).toFixed(0)}%), everything else ${((total - readability) / this.calls).toFixed(2)} ms`,
      ...rows.map(([k, ms]) => `  ${(ms / this.calls).toFixed(2).padStart(7)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`),
    ];
  }
}
