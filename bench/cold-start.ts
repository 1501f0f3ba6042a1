// Cold start of this build against another one, back to back: `npm run bench:cold -- --against DIST`.
// Each round spawns bare `node -e`, then each build doing what the bench's cold start does (require
// alam, extract one sentence, print it); the child prints its own CPU time (process.cpuUsage: user +
// system since it started) with the result. The wall time (spawn → first byte) is what a user waits;
// the CPU time is what this build costs, and moves far less when others load the machine. Medians.
import { resolve } from 'node:path';
import { readInteger, runScript, UsageError } from '../scripts/lib/script-args';
import { formatNumber, formatTable } from './lib/format-table';
import { median } from './lib/median';
import { resolveBenchPaths } from './lib/resolve-bench-paths';
import { spawnNode } from './lib/spawn-node';

const SAMPLE = 'زار بوتين موسكو';

interface Runs {
  readonly label: string;
  readonly code: string;
  readonly wall: number[];
  readonly cpu: number[];
  readonly outputs: Set<string>;
}

/** The child's code: its CPU time so far, a space, then what it printed (the bare node prints nothing more). */
function childCode(dist: string | undefined): string {
  const cpu = "const c=process.cpuUsage();const cpu=String((c.user+c.system)/1000);";
  if (dist === undefined) return `${cpu}process.stdout.write(cpu+'\\n')`;
  return `const a=require(${JSON.stringify(dist)});const r=JSON.stringify(a.extract(${JSON.stringify(SAMPLE)}));${cpu}process.stdout.write(cpu+' '+r+'\\n')`;
}

runScript(
  {
    name: 'bench:cold',
    usage: 'npm run bench:cold -- [--against DIST] [--runs N]',
    about: 'Cold start (spawn to first result: wall and CPU ms) of bare node, this build (or ALAM_DIST) and another build, spawned in turn.',
    options: [
      { name: 'against', kind: 'value', valueName: 'DIST', description: "another build's dist/ folder" },
      { name: 'runs', kind: 'value', valueName: 'N', description: 'spawns of each (default 11)' },
    ],
  },
  async (args) => {
    const paths = resolveBenchPaths();
    const runs = readInteger(args, 'runs', 11, 1);
    const against = args.value('against');
    const make = (label: string, dist: string | undefined): Runs => ({ label, code: childCode(dist), wall: [], cpu: [], outputs: new Set() });
    const all = [make('node -e (bare)', undefined), make(paths.dist, paths.dist), ...(against ? [make(resolve(against), resolve(against))] : [])];
    for (let r = 0; r < runs; r++) {
      for (const runsOf of all) {
        const run = await spawnNode(['-e', runsOf.code], { cwd: paths.root });
        if (run.code !== 0 || run.firstOutputMs === null) throw new UsageError(`${runsOf.label} failed (${run.code}): ${run.stderr.trim().slice(-800)}`);
        const line = run.stdout.split('\n')[0] ?? '';
        const space = line.indexOf(' ');
        runsOf.wall.push(run.firstOutputMs);
        runsOf.cpu.push(Number(space < 0 ? line : line.slice(0, space)));
        runsOf.outputs.add(space < 0 ? '' : line.slice(space + 1));
      }
    }
    const rows = all.map((x) => [x.label, formatNumber(median(x.wall), 0), formatNumber(Math.min(...x.wall), 0), formatNumber(median(x.cpu), 0), formatNumber(Math.min(...x.cpu), 0), runs]);
    process.stdout.write(`${formatTable(['process', 'wall ms (median)', 'wall min', 'CPU ms (median)', 'CPU min', 'runs'], rows)}\n`);
    const outputs = new Set(all.slice(1).flatMap((x) => [...x.outputs]));
    if (outputs.size > 1) process.stdout.write(`the builds printed different results:\n${[...outputs].join('\n')}\n`);
  },
);
