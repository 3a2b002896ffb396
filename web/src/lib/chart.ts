import type { HoursRange, SweepLimit, SweepResult } from '#core/result.ts';
import { type Band, bandOf, type RowKey, stackOf } from './results.ts';

/**
 * The hours chart's geometry, computed without the DOM: stacked columns of monthly income by source for
 * every point of the sweep, the hour bands (no change / partial / resting) and the limits.
 */

interface Segment {
  /** 'atRisk': the part of a full pension that may be lost if the provider makes it partial (drawn on top, hatched). */
  key: 'earnings' | RowKey | 'atRisk';
  y: number;
  height: number;
  amount: number;
  /**
   * A sickness allowance for the days not worked, at hours that are not a partial sickness allowance: paid as
   * the figures say, but regular work may end the right to it (the reasons say so), so drawn as uncertain.
   */
  uncertain: boolean;
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

/** An option compared in the table, marked at its hours (numbered as the table's "Option n"). */
interface OptionMark {
  n: number;
  name: string;
  hours: number;
  x: number;
  /** The badge's centre: just above the column at those hours. */
  y: number;
}

/** A stretch of the net income line (an SVG path), between two hours. */
interface NetStretch {
  from: number;
  to: number;
  path: string;
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
  /** The hours at which a partial sickness allowance is paid, as a bracket above the plot; null when none. */
  partialSickness: { from: number; to: number; x: number; width: number } | null;
  /** Some columns show a sickness allowance that regular work may end. */
  uncertainSickness: boolean;
  /** Some columns show the part of a pension that may be lost if it becomes partial. */
  partialRisk: boolean;
  options: OptionMark[];
  /** The net income line across the hours, and where it falls or rises little; null without a net figure. */
  net: { path: string; falls: NetStretch[]; littleGains: NetStretch[] } | null;
}

/** A round step giving about `count` ticks up to `max`. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

const partialAt = (p: SweepResult['points'][number]) => p.benefits.some((b) => b.benefit === 'partialSicknessAllowance');
/** A sickness allowance paid for the days not worked while working (not the partial one). */
const uncertainAt = (p: SweepResult['points'][number]) =>
  Number(p.hoursPerWeek) > 0 &&
  p.benefits.some((b) => b.benefit === 'sicknessAllowance' && b.status !== 'continues' && Number(b.monthlyAmount) > 0);

export function chartModel(
  sweep: SweepResult,
  width: number,
  height: number,
  options: readonly { name: string; hours: number; n: number }[] = [],
): ChartModel {
  const w = Math.max(260, Math.round(width));
  const narrow = w < 480;
  const points = sweep.points;
  const partialPoints = points.filter(partialAt);
  // Room above the plot for the partial sickness allowance's bracket and the options' numbers.
  const top = partialPoints.length > 0 ? 40 : options.length > 0 ? 26 : 12;
  const plot = { left: narrow ? 52 : 64, right: w - (narrow ? 8 : 16), top, bottom: height - (narrow ? 58 : 54) };
  const hours = points.map((p) => Number(p.hoursPerWeek));
  const from = hours[0] ?? 0;
  const to = hours.at(-1) ?? 40;
  const step = hours.length > 1 ? (hours[1] ?? 0) - (hours[0] ?? 0) : 1;
  const span = Math.max(to - from + step, step);
  const x = (h: number) => plot.left + ((h - from + step / 2) / span) * (plot.right - plot.left);

  // A pension that may become partial is paid in full until the provider decides: the half that may be lost
  // is drawn on top of the conservative amount, hatched, so that it does not look like a rest.
  const zeroPoint = points[0];
  const atRisk = (p: SweepResult['points'][number]) =>
    p.benefits
      .filter((b) => b.status === 'mayBecomePartial')
      .reduce(
        (sum, b) => sum + Number(zeroPoint?.benefits.find((z) => z.benefit === b.benefit)?.monthlyAmount ?? 0) - Number(b.monthlyAmount),
        0,
      );
  const stacks = points.map((p) => {
    const parts: { key: Segment['key']; amount: number }[] = stackOf(p);
    const risk = atRisk(p);
    return risk > 0 ? [...parts, { key: 'atRisk' as const, amount: risk }] : parts;
  });
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
    const uncertain = uncertainAt(p);
    for (const part of stacks[i] ?? []) {
      const amount = Math.max(part.amount, 0);
      segments.push({
        key: part.key,
        amount,
        y: y(base + amount),
        height: y(base) - y(base + amount),
        uncertain: uncertain && part.key === 'sicknessAllowance',
      });
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
  const keys = [
    ...new Set(stacks.flatMap((s) => s.filter((p) => p.key !== 'atRisk' && (p.key === 'earnings' || p.amount > 0)).map((p) => p.key))),
  ] as ('earnings' | RowKey)[];

  const first = partialPoints[0];
  const last = partialPoints.at(-1);
  const partialSickness =
    first && last
      ? {
          from: Number(first.hoursPerWeek),
          to: Number(last.hoursPerWeek),
          x: x(Number(first.hoursPerWeek)) - columnWidth / 2,
          width: x(Number(last.hoursPerWeek)) - x(Number(first.hoursPerWeek)) + columnWidth,
        }
      : null;
  // A numbered badge just above the column at each option's hours; options at the same hours stack upwards.
  const shown = options.filter((o) => o.hours >= from && o.hours <= to);
  const marks: OptionMark[] = shown.map((o, i) => {
    const at = columns.findLast((c) => c.hours <= o.hours) ?? columns[0];
    const below = shown.slice(0, i).filter((p) => p.hours === o.hours).length;
    const top = (at ? y(at.total) : plot.bottom) - 11 - 18 * below;
    return { n: o.n, name: o.name, hours: o.hours, x: x(o.hours), y: Math.max(top, 9) };
  });
  const netPoints = points.flatMap((p, i) =>
    p.netIncome === null || !Number.isFinite(Number(p.netIncome))
      ? []
      : [{ h: hours[i] ?? 0, x: x(hours[i] ?? 0), y: y(Number(p.netIncome)) }],
  );
  const pathOf = (list: typeof netPoints) => list.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
  const stretch = (r: HoursRange): NetStretch => {
    const a = Number(r.fromHours);
    const b = Number(r.toHours);
    return { from: a, to: b, path: pathOf(netPoints.filter((p) => p.h >= a - 1e-9 && p.h <= b + 1e-9)) };
  };
  const net =
    netPoints.length > 1
      ? { path: pathOf(netPoints), falls: sweep.netFalls.map(stretch), littleGains: sweep.littleGains.map(stretch) }
      : null;
  return {
    width: w,
    height,
    plot,
    columns,
    yTicks,
    xTicks,
    bands,
    limits,
    keys,
    partialSickness,
    uncertainSickness: columns.some((c) => c.segments.some((s) => s.uncertain && s.height > 0)),
    partialRisk: columns.some((c) => c.segments.some((s) => s.key === 'atRisk' && s.height > 0)),
    options: marks,
    net,
  };
}
