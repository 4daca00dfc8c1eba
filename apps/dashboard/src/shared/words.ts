const plural = new Intl.PluralRules('en');

/** "1 geofence", "3 geofences", "1,200 days": the number and the noun in the form it takes. */
export function count(n: number, one: string, other: string): string {
  return `${n.toLocaleString('en')} ${plural.select(n) === 'one' ? one : other}`;
}

/** Ends a sentence with a full stop unless it already ends with one, so "Demo Coffee Co." never gets a second. */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
