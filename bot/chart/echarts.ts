import { createRequire } from 'node:module';
import type * as Echarts from 'echarts/types/dist/echarts';

export type { Echarts };

/**
 * echarts 5's per-module typings do not resolve under NodeNext (apache/echarts#19992), while its
 * self-contained declaration bundle does: load the CommonJS build (every chart registered, SSR
 * included) and type it with that bundle.
 */
export const echarts = createRequire(import.meta.url)('echarts') as typeof Echarts;
