// A MemoryArea whose writes fail on demand, with the errors the browsers really throw: a test
// queues the next N failures of set() (or remove()) and the area refuses them whole, writing
// nothing, as Chrome and Firefox do.
import { MemoryArea, type MemoryAreaOptions } from './memory-area';

export const IO_ERROR = 'IO error: .../Local Extension Settings/LOCK: File currently in use. (ChromeMethodBFE: 15::Put::2)';
export const FIREFOX_ERROR = 'An unexpected error occurred';

export class FaultyArea extends MemoryArea {
  private failSets: string[] = [];
  private failRemoves: string[] = [];
  setCalls = 0;

  constructor(options?: MemoryAreaOptions) {
    super(options);
  }

  failNextSets(message: string, times = 1): this {
    this.failSets.push(...Array<string>(times).fill(message));
    return this;
  }

  failNextRemoves(message: string, times = 1): this {
    this.failRemoves.push(...Array<string>(times).fill(message));
    return this;
  }

  override async set(items: Record<string, unknown>): Promise<void> {
    this.setCalls++;
    const fail = this.failSets.shift();
    if (fail !== undefined) throw new Error(fail);
    return super.set(items);
  }

  override async remove(keys: string | string[]): Promise<void> {
    const fail = this.failRemoves.shift();
    if (fail !== undefined) throw new Error(fail);
    return super.remove(keys);
  }
}
