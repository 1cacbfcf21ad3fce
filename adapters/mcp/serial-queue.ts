// Runs tasks strictly one after another, in the order they were queued, whatever the caller does.

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Starts `task` once every earlier task has settled (fulfilled or rejected). */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
