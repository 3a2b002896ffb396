import { parseArgs } from 'node:util';
import { coachesFile, DEFAULT_DATA_DIR, inviteCoach, readCoaches, removeCoach } from './coaches.ts';

/**
 * `npm run coach -- add <email>` · `npm run coach -- remove <email>` · `npm run coach -- list`
 * The local counterpart of inviting a coach to the Cognito user pool (aws cognito-idp admin-create-user).
 * `--data-dir <folder>` (or DATA_DIR) changes the data folder (default .data/, the one `npm start` uses).
 */

const USAGE = `Usage: npm run coach -- add <email> | remove <email> | list   [--data-dir <folder>]

  add <email>      invite a coach to the local sign-in of npm start
  remove <email>   take the invitation back: their access ends at once
  list             the invited coaches
  --data-dir       the data folder (default .data/, or DATA_DIR)`;

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
try {
  parsed = parse();
} catch (error) {
  usage((error as Error).message);
}

const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dataDir = values['data-dir'] ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const [command, email, ...extra] = positionals;
if (extra.length > 0) usage(`Unexpected: ${extra.join(' ')}`);

try {
  if (command === 'add' && email) {
    const coach = inviteCoach(dataDir, email);
    console.log(`Invited ${coach.email} to the local sign-in of npm start (coach id ${coach.sub}).`);
  } else if (command === 'remove' && email) {
    if (!removeCoach(dataDir, email)) {
      console.error(`${email} is not invited.`);
      process.exit(1);
    }
    console.log(
      `Removed ${email}: they are signed out at once and can no longer sign in locally, and their saved cases can no longer be opened.`,
    );
  } else if (command === 'list' && !email) {
    const coaches = readCoaches(dataDir);
    if (coaches.length === 0) console.log(`No coaches invited yet (${coachesFile(dataDir)}). Invite one: npm run coach -- add <email>`);
    for (const c of coaches) console.log(`${c.email}\t${c.sub}\tinvited ${c.invitedAt}`);
  } else {
    usage();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
