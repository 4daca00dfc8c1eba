/** The past tense of the verbs our mutations start with; an unknown verb is left as it is. */
const PAST: Record<string, string> = {
  accept: 'Accepted',
  add: 'Added',
  archive: 'Archived',
  change: 'Changed',
  complete: 'Completed',
  create: 'Created',
  delete: 'Deleted',
  deny: 'Denied',
  download: 'Downloaded',
  duplicate: 'Duplicated',
  export: 'Exported',
  extend: 'Extended',
  import: 'Imported',
  invite: 'Invited',
  log: 'Logged',
  pause: 'Paused',
  raise: 'Raised',
  record: 'Recorded',
  remove: 'Removed',
  replay: 'Replayed',
  report: 'Reported',
  restore: 'Restored',
  resume: 'Resumed',
  revoke: 'Revoked',
  rotate: 'Rotated',
  run: 'Ran',
  send: 'Sent',
  set: 'Set',
  sign: 'Signed',
  update: 'Updated',
  upsert: 'Saved',
};

/** Words an acronym keeps in capitals. */
const ACRONYMS = new Set(['api', 'csv', 'sdk', 'url']);

/** `completePrivacyRequest` → "Completed privacy request"; `createApiKey` → "Created API key". */
export function actionWords(action: string): string {
  const words = action
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (words.length === 0) return action;
  const [verb, ...rest] = words;
  const first = PAST[verb!] ?? verb!.charAt(0).toUpperCase() + verb!.slice(1);
  return [first, ...rest.map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w))].join(' ');
}
