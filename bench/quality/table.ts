// Rows of bench:quality: per page type and system, mean F1/P/R over pages with a bootstrap 95%
// interval of the F1 mean, and the WCXB with/without snippet rates.
import { snippetRate, wcxbScore } from './wcxb-metric';
import type { Page } from './data';
import type { PageResult } from './systems';

export interface Scored {
  page: Page;
  result: PageResult;
  f1: number;
  p: number;
  r: number;
  withRate: number | null;
  withoutRate: number | null;
}

export function score(page: Page, result: PageResult): Scored {
  const { p, r, f1 } = wcxbScore(result.text, page.reference);
  return { page, result, p, r, f1, withRate: snippetRate(result.text, page.with), withoutRate: snippetRate(result.text, page.without) };
}

export function row(label: string, system: string, rows: Scored[]): string {
  const f1s = rows.map((s) => s.f1);
  const [lo, hi] = bootstrap(f1s);
  const cells = [
    label.padEnd(14), system.padEnd(12), String(rows.length).padStart(4),
    fmt(mean(f1s)), `[${fmt(lo)}–${fmt(hi)}]`, fmt(mean(rows.map((s) => s.p))), fmt(mean(rows.map((s) => s.r))),
    fmt(mean(rows.flatMap((s) => (s.withRate === null ? [] : [s.withRate])))),
    fmt(mean(rows.flatMap((s) => (s.withoutRate === null ? [] : [s.withoutRate])))),
  ];
  return cells.join('  ');
}

export const HEADER = ['type'.padEnd(14), 'system'.padEnd(12), '   n', '   F1', '    95% CI    ', '    P', '    R', ' with', 'without'].join('  ');

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}

function fmt(x: number): string {
  return Number.isNaN(x) ? '    -' : x.toFixed(3);
}

/** Percentile bootstrap of the mean, seeded so two runs print the same interval. */
export function bootstrap(xs: number[], rounds = 1000): [number, number] {
  if (!xs.length) return [Number.NaN, Number.NaN];
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const means: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let sum = 0;
    for (let j = 0; j < xs.length; j++) sum += xs[Math.floor(random() * xs.length)] ?? 0;
    means.push(sum / xs.length);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(rounds * 0.025)] ?? Number.NaN, means[Math.floor(rounds * 0.975)] ?? Number.NaN];
}
