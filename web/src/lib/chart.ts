import type { SweepLimit, SweepResult } from '#core/result.ts';
import { type Band, bandOf, type RowKey, stackOf } from './results.ts';

/**
 * The hours chart's geometry, computed without the DOM: stacked columns of monthly income by source for
 * every point of the sweep, the hour bands (no change / partial / resting) and the limits.
 */

interface Segment {
  key: 'earnings' | RowKey;
  y: number;
  height: number;
  amount: number;
}

interface Column {
  hours: number;
  x: number;
  width: number;
  total: number;
  band: Band;
  segments: Segment[];
}

interface Tick {
  value: number;
  position: number;
}

interface LimitMark {
  limit: SweepLimit;
  hours: number;
  x: number;
}

export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  columns: Column[];
  yTicks: Tick[];
  xTicks: Tick[];
  bands: { band: Band; x: number; width: number }[];
  limits: LimitMark[];
  keys: ('earnings' | RowKey)[];
}

/** A round step giving about `count` ticks up to `max`. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

export function chartModel(sweep: SweepResult, width: number, height: number): ChartModel {
  const w = Math.max(260, Math.round(width));
  const narrow = w < 480;
  const plot = { left: narrow ? 52 : 64, right: w - (narrow ? 8 : 16), top: 12, bottom: height - (narrow ? 58 : 54) };
  const points = sweep.points;
  const hours = points.map((p) => Number(p.hoursPerWeek));
  const from = hours[0] ?? 0;
  const to = hours.at(-1) ?? 40;
  const step = hours.length > 1 ? (hours[1] ?? 0) - (hours[0] ?? 0) : 1;
  const span = Math.max(to - from + step, step);
  const x = (h: number) => plot.left + ((h - from + step / 2) / span) * (plot.right - plot.left);

  const stacks = points.map(stackOf);
  const totals = stacks.map((s) => s.reduce((sum, part) => sum + Math.max(part.amount, 0), 0));
  const max = Math.max(...totals, 1);
  const yStep = niceStep(max, narrow ? 4 : 5);
  const yMax = Math.ceil(max / yStep) * yStep;
  const y = (amount: number) => plot.bottom - (amount / yMax) * (plot.bottom - plot.top);

  const zero = points[0];
  const columnWidth = ((plot.right - plot.left) / span) * step;
  const columns: Column[] = points.map((p, i) => {
    let base = 0;
    const segments: Segment[] = [];
    for (const part of stacks[i] ?? []) {
      const amount = Math.max(part.amount, 0);
      segments.push({ key: part.key, amount, y: y(base + amount), height: y(base) - y(base + amount) });
      base += amount;
    }
    const h = hours[i] ?? 0;
    return {
      hours: h,
      x: x(h) - columnWidth / 2,
      width: columnWidth,
      total: totals[i] ?? 0,
      band: zero ? bandOf(p, zero) : 'noChange',
      segments,
    };
  });

  const bands: ChartModel['bands'] = [];
  for (const c of columns) {
    const last = bands.at(-1);
    if (last && last.band === c.band) last.width = c.x + c.width - last.x;
    else bands.push({ band: c.band, x: c.x, width: c.width });
  }

  const yTicks: Tick[] = [];
  for (let v = 0; v <= yMax + 1e-9; v += yStep) yTicks.push({ value: v, position: y(v) });
  const xStep = narrow ? 10 : 5;
  const xTicks: Tick[] = [];
  for (let h = Math.ceil(from / xStep) * xStep; h <= to + 1e-9; h += xStep) xTicks.push({ value: h, position: x(h) });

  // Only limits of benefits that are paid without work matter; a rest limit equal to the earnings limit is one line.
  const paid = new Set((zero?.benefits ?? []).filter((b) => Number(b.monthlyAmount) > 0).map((b) => b.benefit));
  const limits: LimitMark[] = sweep.limits
    .filter((l) => paid.has(l.benefit) && Number.isFinite(Number(l.maxHoursPerWeek)) && Number(l.maxHoursPerWeek) < to)
    .filter(
      (l) =>
        l.kind === 'earningsLimit' ||
        !sweep.limits.some((e) => e.kind === 'earningsLimit' && e.benefit === l.benefit && e.maxHoursPerWeek === l.maxHoursPerWeek),
    )
    // The boundary lies between the last hours within the limit and the next 0.1 h.
    .map((l) => ({ limit: l, hours: Number(l.maxHoursPerWeek), x: x(Number(l.maxHoursPerWeek) + 0.05) }));

  // Sources that are zero at every point (e.g. a guarantee pension not paid) stay out of the legend.
  const keys = [...new Set(stacks.flatMap((s) => s.filter((p) => p.key === 'earnings' || p.amount > 0).map((p) => p.key)))];
  return { width: w, height, plot, columns, yTicks, xTicks, bands, limits, keys };
}
