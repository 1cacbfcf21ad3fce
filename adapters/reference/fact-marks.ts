// A mark per fact id, cleared in O(1) by starting a new round: for taking each fact once while
// walking several lists of them, without a Set per walk.
export class FactMarks {
  private marks = new Uint32Array(1024);
  private values = new Float64Array(1024);
  private round = 0;

  /** Starts a new round: every mark of the last one is gone. */
  clear(): void {
    if (++this.round === 0xffffffff) {
      this.marks.fill(0);
      this.round = 1;
    }
  }

  has(id: number): boolean {
    return id < this.marks.length && this.marks[id] === this.round;
  }

  /** Marks the id; false when it was marked already this round. */
  mark(id: number, value = 0): boolean {
    if (id >= this.marks.length) this.grow(id);
    if (this.marks[id] === this.round) return false;
    this.marks[id] = this.round;
    this.values[id] = value;
    return true;
  }

  /** Sets the value of an id marked this round. */
  setValue(id: number, value: number): void {
    this.values[id] = value;
  }

  /** The value the id was marked with this round (undefined when unmarked). */
  value(id: number): number | undefined {
    return this.has(id) ? this.values[id] : undefined;
  }

  private grow(id: number): void {
    let size = this.marks.length;
    while (size <= id) size *= 2;
    const marks = new Uint32Array(size);
    marks.set(this.marks);
    const values = new Float64Array(size);
    values.set(this.values);
    this.marks = marks;
    this.values = values;
  }
}
