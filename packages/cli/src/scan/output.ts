import { open, type FileHandle } from "node:fs/promises";

/**
 * A file written through two reused buffers: text and bytes are copied into one while the other
 * is being written. A scan writes gigabytes; allocating a buffer per piece (as a write stream
 * does with strings) makes V8 count gigabytes of external memory and collect a large heap again
 * and again.
 */
export class FileWriter {
  private buffers: [Buffer, Buffer];
  private current = 0;
  private used = 0;
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
  ) {
    this.buffers = [Buffer.allocUnsafeSlow(size), Buffer.allocUnsafeSlow(size)];
  }

  static async create(path: string, size = 1 << 22): Promise<FileWriter> {
    return new FileWriter(await open(path, "w"), size);
  }

  /** Room left in the current buffer; when it is short, call `flush` first. */
  get room(): number {
    return this.size - this.used;
  }

  /** Whether the current buffer is half full (a good time to `flush`). */
  get full(): boolean {
    return this.used >= this.size >>> 1;
  }

  private get buffer(): Buffer {
    return this.current === 0 ? this.buffers[0] : this.buffers[1];
  }

  /** Copies text in; `room` must be at least 3 bytes per UTF-16 code unit (UTF-8's worst case). */
  text(text: string): void {
    if (text.length * 3 > this.room) throw new Error("FileWriter: no room for the text");
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  /** Copies bytes in; they must fit. */
  bytes(source: Uint8Array, start = 0, end = source.length): void {
    if (end - start > this.room) throw new Error("FileWriter: no room for the bytes");
    this.buffer.set(source.subarray(start, end), this.used);
    this.used += end - start;
  }

  /** Writes text of any length, flushing as needed. */
  async write(text: string): Promise<void> {
    if (text.length * 3 <= this.room) {
      this.text(text);
      return;
    }
    await this.flush();
    if (text.length * 3 <= this.room) this.text(text);
    else {
      // Longer than a buffer: written on its own.
      await this.writing;
      const bytes = Buffer.from(text, "utf8");
      await this.handle.write(bytes, 0, bytes.length, null);
    }
  }

  /** Starts writing the current buffer and switches to the other (once its own write is done). */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    const buffer = this.buffer;
    const length = this.used;
    const previous = this.writing;
    this.writing = previous.then(() => this.writeAll(buffer, length));
    this.current = 1 - this.current;
    this.used = 0;
    // The other buffer is free once the write before this one is done.
    await previous;
  }

  private async writeAll(buffer: Buffer, length: number): Promise<void> {
    let done = 0;
    while (done < length) done += (await this.handle.write(buffer, done, length - done, null)).bytesWritten;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.writing;
    await this.handle.close();
  }
}
