// Every process an adapter starts (stdio children, MCP servers, isolated adapter hosts) is known
// here, so an interrupted run can kill them on its way out instead of leaving them running.

const live = new Set<number>();

/** Remembers a child until the returned function is called (when it has exited). */
export function trackChildProcess(pid: number | undefined | null): () => void {
  if (pid === undefined || pid === null) return () => {};
  live.add(pid);
  return () => live.delete(pid);
}

/** SIGKILLs every tracked child that is still alive; for the harness's last moments. */
export function killTrackedChildren(): number {
  let killed = 0;
  for (const pid of live) {
    try {
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // Already gone.
    }
  }
  live.clear();
  return killed;
}
