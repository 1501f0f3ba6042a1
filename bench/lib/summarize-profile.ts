import { relative } from 'node:path';

/** The parts of a V8 .cpuprofile read here. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: readonly { readonly name: string; readonly where: string; readonly selfMs: number; readonly share: number }[];
}

/**
 * Self time per function of a V8 .cpuprofile, biggest first. Time is taken from the sample
 * deltas (not hitCount × interval), and functions are keyed by name + file + line so two
 * closures of the same name stay apart.
 */
export function summarizeProfile(profile: CpuProfile, { root = '' }: { readonly root?: string } = {}): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.replace(/^file:\/\//, '');
    const rel = relative(root, file);
    const where = frame.url ? `${rel.startsWith('..') ? file : rel}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}\t${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return {
    totalMs: total / 1000,
    functions: [...self]
      .map(([key, us]) => {
        const [name = '', where = ''] = key.split('\t');
        return { name, where, selfMs: us / 1000, share: us / total };
      })
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}
