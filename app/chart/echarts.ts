import { createRequire } from 'node:module';
import type * as Echarts from 'echarts/types/dist/echarts';

export type { Echarts };

let library: typeof Echarts | undefined;

/**
 * echarts 5's per-module typings do not resolve under NodeNext (apache/echarts#19992), while its
 * self-contained declaration bundle does: load the CommonJS build (every chart registered, SSR
 * included) and type it with that bundle. It loads on first use, not at start-up: about 0.3 s and
 * 40 MB that only a chart needs.
 */
export const echarts = new Proxy({} as typeof Echarts, {
  get(_, key) {
    library ??= createRequire(import.meta.url)('echarts') as typeof Echarts;
    return Reflect.get(library, key) as unknown;
  },
});
