import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';

/**
 * A zip written to a stream as its files are made, so a county's forms never sit in memory together.
 * The forms are .xlsx (zips themselves): they are stored, not compressed again.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private failed: Error | null = null;

  constructor(private readonly out: Writable) {
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failed = err;
        out.destroy(err);
        return;
      }
      out.write(chunk);
      if (final) out.end();
    });
  }

  async add(name: string, content: Uint8Array, modified: Date): Promise<void> {
    if (this.failed) throw this.failed;
    // The client went away: stop making the rest of the files.
    if (this.out.destroyed) throw new Error('the download was cancelled');
    const file = new ZipPassThrough(name);
    file.mtime = modified;
    this.zip.add(file);
    file.push(content, true);
    if (this.out.writableNeedDrain) await Promise.race([once(this.out, 'drain'), once(this.out, 'close')]);
  }

  end(): void {
    this.zip.end();
  }
}
