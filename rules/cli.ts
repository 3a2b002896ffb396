import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { check } from './commands/check.ts';
import { copy } from './commands/copy.ts';
import { diff } from './commands/diff.ts';
import { impact } from './commands/impact.ts';
import { storedImpact } from './commands/impact-stored.ts';
import { importMunicipalRates } from './commands/import-municipal-rates.ts';
import { newPeriod } from './commands/new-period.ts';
import { type CommandResult, isIsoDate, REPO_ROOT, usage } from './format.ts';
import { RULES_DIR, RULESET_FILE } from './load.ts';

/** The local server's data folder (functions/local: `npm start` keeps its DynamoDB under .data/dynamodb). */
const DEFAULT_DATA_DIR = join(REPO_ROOT, '.data');

/**
 * The rule maintainers' command line: `npm run rules -- <command> [options]` (rules/README.md).
 * Exit codes: 0 ok (warnings allowed) · 1 errors in the rules or a failed step · 2 wrong usage.
 */

interface Parsed {
  positional: string[];
  options: Record<string, string | true>;
  /** Options the command does not take, as typed. */
  unknown: string[];
}

interface Command {
  usage: string;
  summary: string;
  details: string;
  /** Options the command takes, besides --dir and --help; `true` for flags, `false` for options with a value. */
  options: Record<string, boolean>;
  positional: { min: number; max: number; dates: boolean };
  run(args: string[], options: Record<string, string | true>, dir: string): CommandResult | Promise<CommandResult>;
}

const DIR_HELP = '  --dir <folder>   the rule files to work on (default: rules/ of this repository)';

const COMMANDS: Record<string, Command> = {
  check: {
    usage: 'check [--dir <folder>] [--today <YYYY-MM-DD>]',
    summary: 'validate every rule file; errors (exit 1) and warnings, the verified-until date',
    details: [
      'Errors (exit 1): schema problems, missing sources, unknown statuses, a date written twice, placeholders',
      'left by new-period, a figure that does not follow its index to a new date, a figure set every year with',
      'no value in the year of verifiedUntil, a parameter that starts after validFrom (or, in a file with',
      'availableFrom, on another day).',
      'Warnings (exit 0): figures in force on verifiedUntil that are not official, figures dated after',
      'verifiedUntil, derived figures the index arithmetic does not reproduce, dates out of order, an expired',
      'verifiedUntil. Then, under "To confirm", every value that is not official, with its note and the pages',
      'of its confirmWith.',
      '',
      '  --today <date>   the date to compare verifiedUntil with (default: today)',
    ].join('\n'),
    options: { today: false },
    positional: { min: 0, max: 0, dates: false },
    run: (_args, options, dir) =>
      check({ dir, today: typeof options.today === 'string' ? options.today : new Date().toISOString().slice(0, 10) }),
  },
  'new-period': {
    usage: 'new-period <YYYY-MM-DD> [--dir <folder>] [--dry-run]',
    summary: 'add a dated entry from that day for every indexed figure (and, on 1 January, every yearly one)',
    details: [
      "A figure with `indexation` gets the law's amount × new index / the index it is written at (`indexBase`),",
      'or else previous value × new index / previous index, rounded as its `rounding` says, marked derived, when',
      'the index has a value dated exactly that day (enter it in indexes.yaml first); otherwise a placeholder. On',
      '1 January every figure with `setYearly: true` (the indexes themselves, the contribution rates, the tax',
      'figures, the frozen minimum sickness allowance) gets a placeholder. A placeholder has no value: check, the',
      'tests and the build refuse it until it is filled in. Other figures stay in force. Run it again after',
      'entering an index: placeholders are recomputed, filled-in values are never touched.',
      '',
      '  --dry-run        show what would be written, write nothing',
    ].join('\n'),
    options: { 'dry-run': true },
    positional: { min: 1, max: 1, dates: true },
    run: ([date], options, dir) => newPeriod({ dir, date: date!, dryRun: options['dry-run'] === true }),
  },
  diff: {
    usage: 'diff <from YYYY-MM-DD> <to YYYY-MM-DD> [--dir <folder>] [--json]',
    summary: 'what changes between two dates, parameter by parameter, in a table',
    details: [
      'Lists every parameter whose value on the second date differs from the first, with its status and source.',
      '',
      '  --json           the same as JSON',
    ].join('\n'),
    options: { json: true },
    positional: { min: 2, max: 2, dates: true },
    run: ([from, to], options, dir) => diff({ dir, from: from!, to: to!, json: options.json === true }),
  },
  impact: {
    usage:
      'impact [<from YYYY-MM-DD> <to YYYY-MM-DD>] [--dir <folder>] [--cases <folder>] [--json] | impact --stored [--data <folder>] [--dir <folder>] [--json]',
    summary:
      'run the reference cases (or, with --stored, the saved cases) under the old and the new figures; list the outcomes that change',
    details: [
      'Old figures: those in force on <from> (default: the day before <to>). New: those in force on <to>',
      '(default: the latest date on which any value changes). Both are computed for the month of <to>, so only',
      'the figures differ. Lists status flips, amounts, limits and max hours that move.',
      '',
      'With --stored: every case saved on the local server (npm start) is computed again under these rules and',
      'compared with the outcome saved with it, as coaches see it in their case list. Stop npm start first.',
      '',
      '  --cases <folder> the reference cases (default: test/reference-cases/)',
      '  --stored         the cases saved on the local server instead',
      "  --data <folder>  the local server's data folder (default: .data/ of this repository)",
      '  --json           the same as JSON',
    ].join('\n'),
    options: { cases: false, json: true, stored: true, data: false },
    positional: { min: 0, max: 2, dates: true },
    run: ([from, to], options, dir) =>
      options.stored === true
        ? storedImpact({
            dir,
            dataDir: typeof options.data === 'string' ? resolve(base(), options.data) : DEFAULT_DATA_DIR,
            json: options.json === true,
          })
        : impact({
            dir,
            ...(typeof options.cases === 'string' ? { casesDir: resolve(base(), options.cases) } : {}),
            ...(from ? { from, to: to! } : {}),
            json: options.json === true,
          }),
  },
  'import-municipal-rates': {
    usage:
      'import-municipal-rates <file> --year <YYYY> --source <url> --decision <diary number> --source-date <YYYY-MM-DD> [--status official|secondary] [--provenance <text>] [--dir <folder>] [--dry-run]',
    summary: "load a year's municipal and parish tax rates from the Tax Administration's table into municipal-tax-rates.yaml",
    details: [
      'The file: one municipality a line, its name and three percentages (municipality, Evangelical Lutheran',
      'parish, Orthodox parish), separated by ; tab | or , with a decimal comma or point; a line of column titles',
      'is skipped. Copy the table of the decision "Kuntien ja seurakuntien tuloveroprosentit vuonna YYYY" into a',
      'spreadsheet and save it as CSV (UTF-8). Writes the entry dated 1 January of --year (replacing a placeholder)',
      'and lists what changed from the year before. Nothing is written if a line cannot be read.',
      '',
      '  --year <YYYY>          the tax year of the rates',
      "  --source <url>         the decision's page on vero.fi (what users see as the source)",
      "  --decision <number>    the decision's diary number, e.g. VH/6585/00.01.00/2025",
      '  --source-date <date>   the day the decision was given (the date of the source file)',
      "  --status <status>      official for the Tax Administration's own file, secondary (default) for a transcription",
      '  --provenance <text>    where the file came from, for the maintainers (not shown to users)',
      '  --dry-run              show what would be written, write nothing',
    ].join('\n'),
    options: { year: false, source: false, decision: false, 'source-date': false, status: false, provenance: false, 'dry-run': true },
    positional: { min: 1, max: 1, dates: false },
    run: ([file], options, dir) => {
      const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
      const missing = ['year', 'source', 'decision', 'source-date'].filter((name) => text(name) === undefined);
      if (missing.length > 0) return usage(`import-municipal-rates needs ${missing.map((m) => `--${m}`).join(', ')}\n`);
      const year = text('year')!;
      const status = text('status') ?? 'secondary';
      if (!/^20\d\d$/.test(year)) return usage(`--year must be a year such as 2027, got "${year}"\n`);
      if (status !== 'official' && status !== 'secondary') return usage(`--status must be official or secondary, got "${status}"\n`);
      if (!/^https:\/\/\S+$/.test(text('source')!)) return usage('--source must be the web address (https://…) of the decision\n');
      const provenance = text('provenance');
      return importMunicipalRates({
        dir,
        file: resolve(base(), file!),
        year,
        source: text('source')!,
        decision: text('decision')!,
        sourceDate: text('source-date')!,
        status,
        ...(provenance ? { provenance } : {}),
        today: new Date().toISOString().slice(0, 10),
        dryRun: options['dry-run'] === true,
      });
    },
  },
  copy: {
    usage: 'copy <folder> [--until <YYYY-MM-DD>] [--dir <folder>]',
    summary: 'a scratch copy of the rule files; with --until, as they stood on that day (to rehearse an update)',
    details: [
      'The folder must be new or empty. With --until, every value dated after that day is left out and',
      'verifiedUntil is moved back to it.',
      '',
      '  --until <date>   leave out the values dated after this day',
    ].join('\n'),
    options: { until: false },
    positional: { min: 1, max: 1, dates: false },
    run: ([folder], options, dir) =>
      copy({ dir, to: resolve(base(), folder!), ...(typeof options.until === 'string' ? { until: options.until } : {}) }),
  },
};

/** Relative paths are read from where the maintainer typed the command (npm runs scripts in the package root). */
function base(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

export function help(command?: string): string {
  const c = command ? COMMANDS[command] : undefined;
  if (c) return `Usage: npm run rules -- ${c.usage}\n\n${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.\n\n${c.details}\n${DIR_HELP}\n`;
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'Usage: npm run rules -- <command> [options]',
    '',
    'Commands for the rule maintainers (see rules/README.md for the yearly update, step by step):',
    ...Object.entries(COMMANDS).map(([name, cmd]) => `  ${name.padEnd(width)}  ${cmd.summary}`),
    '',
    'Options for every command:',
    DIR_HELP,
    '  --help           help for the command, e.g. npm run rules -- new-period --help',
    '',
    'Exit codes: 0 ok (warnings allowed), 1 errors in the rules or a failed step, 2 wrong usage.',
    '',
  ].join('\n');
}

/**
 * Node's util.parseArgs splits the words (`--name value`, `--name=value`, `-h`, positionals); the command's
 * own options are then checked here, so that every mistake gets a message that says what to type.
 */
function parse(argv: string[], command: Command): Parsed | string {
  const options: ParseArgsOptionsConfig = { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
  for (const [name, flag] of Object.entries(command.options)) options[name] = { type: flag ? 'boolean' : 'string' };
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const parsed: Parsed = { positional: [], options: {}, unknown: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.positional.push(token.value);
    if (token.kind !== 'option') continue;
    const known = options[token.name];
    if (!known) {
      parsed.unknown.push(token.rawName); // reported by the caller, with the command's name
    } else if (known.type === 'string') {
      // `--dir --today x` would read "--today" as the folder: a value never starts with "--" unless written `--dir=…`.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) return `${token.rawName} needs a value`;
      parsed.options[token.name] = token.value;
    } else {
      if (token.value !== undefined) return `${token.rawName} takes no value`;
      parsed.options[token.name] = true;
    }
  }
  return parsed;
}

/** Runs one command line (without `node rules/cli.ts`) and returns what to print and the exit code. */
export async function main(argv: string[]): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !COMMANDS[topic]) return usage(`Unknown command "${topic}".\n\n${help()}`);
    return { code: 0, stdout: help(topic), stderr: '' };
  }
  const command = COMMANDS[name];
  if (!command) return usage(`Unknown command "${name}".\n\n${help()}`);

  const parsed = parse(rest, command);
  const wrong = (message: string) =>
    usage(`${message}\n\nUsage: npm run rules -- ${command.usage}\n(npm run rules -- ${name} --help for more)\n`);
  if (typeof parsed === 'string') return wrong(parsed);
  if (parsed.options.help) return { code: 0, stdout: help(name), stderr: '' };

  if (parsed.unknown.length > 0) return wrong(`Unknown option ${parsed.unknown.join(', ')} for ${name}`);
  const { positional } = parsed;
  const { min, max, dates } = command.positional;
  if (positional.length < min || positional.length > max || (name === 'impact' && positional.length === 1)) {
    return wrong(
      `${name} takes ${min === max ? min : name === 'impact' ? 'no or two' : `${min}–${max}`} argument${max === 1 ? '' : 's'}, got ${positional.length}`,
    );
  }
  const badDate = [
    ...(dates ? positional : []),
    ...['today', 'until', 'source-date'].map((o) => parsed.options[o]).filter((v): v is string => typeof v === 'string'),
  ].find((d) => !isIsoDate(d));
  if (badDate !== undefined) return wrong(`"${badDate}" is not a date written YYYY-MM-DD`);
  if (name === 'impact' && parsed.options.stored === true && (positional.length > 0 || parsed.options.cases !== undefined))
    return wrong('--stored computes the saved cases under the rules as they are now: it takes no dates and no --cases');
  if (name === 'impact' && parsed.options.data !== undefined && parsed.options.stored !== true) return wrong('--data goes with --stored');
  if (name === 'diff' || name === 'impact') {
    const [from, to] = positional;
    if (from && to && from >= to) return wrong(`the first date (${from}) must be before the second (${to})`);
  }

  const dir = typeof parsed.options.dir === 'string' ? resolve(base(), parsed.options.dir) : RULES_DIR;
  if (!existsSync(join(dir, RULESET_FILE))) return wrong(`${dir} holds no rule set (${RULESET_FILE} not found)`);
  return command.run(positional, parsed.options, dir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await main(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
