import { coachesFile, DEFAULT_DATA_DIR, inviteCoach, readCoaches, removeCoach } from './coaches.ts';

/**
 * `npm run coach -- add <email>` · `npm run coach -- remove <email>` · `npm run coach -- list`
 * The local counterpart of inviting a coach to the Cognito user pool (aws cognito-idp admin-create-user).
 * DATA_DIR changes the data folder (default .data/, the one `npm start` uses).
 */
const dataDir = process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const [command, email] = process.argv.slice(2);

function usage(): never {
  console.error('Usage: npm run coach -- add <email> | remove <email> | list');
  process.exit(2);
}

try {
  if (command === 'add' && email) {
    const coach = inviteCoach(dataDir, email);
    console.log(`Invited ${coach.email} to the local sign-in of npm start (coach id ${coach.sub}).`);
  } else if (command === 'remove' && email) {
    if (!removeCoach(dataDir, email)) {
      console.error(`${email} is not invited.`);
      process.exit(1);
    }
    console.log(`Removed ${email}: they can no longer sign in locally, and their saved cases can no longer be opened.`);
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
