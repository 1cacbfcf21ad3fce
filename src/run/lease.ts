// One writer per run. The process playing a run holds a lease in the results database (pid, host,
// heartbeat). A second process that tries to resume the run is refused while the holder lives;
// once the holder is gone — its pid is dead on this host, or its heartbeat is older than
// LEASE_STALE_MS (a holder on another host, or a frozen one) — the lease is taken over.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { ThreadlineError } from '../errors.js';
import type { RunLease } from '../store/records.js';
import type { ResultsStore } from '../store/store.js';

export const LEASE_HEARTBEAT_MS = 2_000;
/** A heartbeat this old means the holder is gone even if its pid cannot be checked. */
export const LEASE_STALE_MS = 30_000;

export class RunLeaseHolder {
  private timer: NodeJS.Timeout | undefined;
  private lost = false;
  private renewedAt = -Infinity;

  private constructor(
    private readonly store: ResultsStore,
    readonly runId: string,
    private readonly token: string,
  ) {}

  /** Takes the run's lease or throws RUN_BUSY naming the live holder. */
  static acquire(store: ResultsStore, runId: string, now = Date.now()): RunLeaseHolder {
    const lease: RunLease = { runId, ownerPid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), heartbeatAt: now };
    const claim = store.claimLease(lease, (current) => isStale(current, now));
    if (!claim.granted) {
      const { holder } = claim;
      const ago = Math.max(0, Math.round((now - holder.heartbeatAt) / 1000));
      throw new ThreadlineError(
        'RUN_BUSY',
        `run ${runId} is being written by pid ${holder.ownerPid} on ${holder.host} (heartbeat ${ago} s ago); wait for it to finish or stop it, then resume`,
      );
    }
    const holder = new RunLeaseHolder(store, runId, lease.token);
    holder.timer = setInterval(() => holder.renew(), LEASE_HEARTBEAT_MS);
    holder.timer.unref();
    return holder;
  }

  /** Renews the heartbeat; false (for good) once another process has taken the lease over. */
  renew(now = Date.now()): boolean {
    if (this.lost) return false;
    try {
      this.lost = !this.store.renewLease(this.runId, this.token, now);
      if (!this.lost) this.renewedAt = now;
    } catch {
      // A busy database delays a heartbeat; the next write checks again.
      return true;
    }
    return !this.lost;
  }

  /**
   * Throws when the lease is no longer ours, so a writer that lost it saves nothing more. A lease
   * renewed within the last LEASE_HEARTBEAT_MS cannot have gone stale, so no one can have taken it
   * over: the check then costs no write (it ran once per story, a write of its own each time).
   */
  assertHeld(now = Date.now()): void {
    if (!this.lost && now - this.renewedAt < LEASE_HEARTBEAT_MS) return;
    if (!this.renew(now))
      throw new ThreadlineError('LEASE_LOST', `run ${this.runId} was taken over by another process; this one stops writing`);
  }

  release(): void {
    clearInterval(this.timer);
    if (!this.lost) this.store.releaseLease(this.runId, this.token);
  }
}

export function isStale(lease: RunLease, now: number): boolean {
  if (now - lease.heartbeatAt > LEASE_STALE_MS) return true;
  return lease.host === hostname() && !pidAlive(lease.ownerPid);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
