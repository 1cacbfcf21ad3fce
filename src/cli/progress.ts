// Renders runner events: a live line on a terminal, plain lines when output is piped.
import type { RunEvent, RunEventListener } from '../run/events.js';
import { safeInline, safeText } from '../text/sanitize.js';

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  label?: string;
}

function phaseWhat(phase: string): string {
  if (phase === 'retention' || phase.startsWith('probe:')) return 'asking again for';
  if (phase === 'store-dump') return 'checking the stored values of';
  return 'working through';
}

export function progressReporter(options: ProgressOptions = {}): RunEventListener {
  const raw = options.stream ?? process.stderr;
  // Lines carry adapter names, story ids and adapter errors: escaped before they reach the terminal.
  const stream = { isTTY: raw.isTTY, write: (text: string) => raw.write(safeText(text)) };
  const live = Boolean(stream.isTTY);
  const label = options.label ? `${options.label} ` : '';
  let passed = 0;
  let graded = 0;
  let phaseDone = 0;
  const write = (line: string) => {
    if (options.quiet) return;
    if (live) raw.write(`\r\x1b[2K${safeInline(line)}`);
    else stream.write(`${line}\n`);
  };
  const endLine = () => {
    if (live && !options.quiet) stream.write('\n');
  };
  return (event: RunEvent) => {
    switch (event.type) {
      case 'run-start':
        if (!options.quiet) {
          const verb = event.resumed ? 'resuming' : 'starting';
          stream.write(
            `${label}${verb} run ${event.run.id}: ${event.storiesToPlay}/${event.storiesTotal} stories to play, ${event.run.mode}/${event.run.scope}\n`,
          );
        }
        break;
      case 'replay':
        write(`${label}rebuilding adapter state from ${event.stories} finished stories`);
        break;
      case 'story-end':
        passed += event.passed;
        graded += event.graded;
        write(
          `${label}[${event.index + 1}/${event.total}] story ${event.storyId}: ${event.passed}/${event.graded}${event.errors ? ` (${event.errors} errors)` : ''} — total ${passed}/${graded}`,
        );
        break;
      case 'phase-start':
        endLine();
        phaseDone = 0;
        write(`${label}${event.phase}: ${phaseWhat(event.phase)} ${event.stories} stories`);
        break;
      case 'phase-story-end':
        phaseDone++;
        // Piped output gets a plain line every tenth of the phase, not one per story.
        if (live) write(`${label}${event.phase} [${event.index + 1}/${event.total}]`);
        else if (phaseDone % Math.max(1, Math.ceil(event.total / 10)) === 0) write(`${label}${event.phase}: ${phaseDone} stories done`);
        break;
      case 'adapter-error':
        if (!live && !options.quiet)
          stream.write(
            `${label}adapter error in ${event.operation}${event.storyId ? ` (story ${event.storyId})` : ''}: ${event.message}\n`,
          );
        break;
      case 'phase-end':
        write(`${label}${event.phase}: done`);
        endLine();
        break;
      case 'run-end':
        endLine();
        if (!options.quiet)
          stream.write(`${label}run ${event.run.id} ${event.run.status}${event.run.error ? `: ${event.run.error}` : ''}\n`);
        break;
      default:
        break;
    }
  };
}

/** A status line for any long phase: rewritten in place on a terminal, one plain line each when piped. */
export function lineProgress(stream: NodeJS.WriteStream = process.stderr): ((line: string) => void) & { done(): void } {
  const live = Boolean(stream.isTTY);
  let wrote = false;
  const show = (line: string) => {
    wrote = true;
    stream.write(live ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  return Object.assign(show, {
    done: () => {
      if (live && wrote) stream.write('\n');
    },
  });
}
