import { describe, expect, it } from 'vitest';
import { count, sentence } from './words';

describe('words', () => {
  it('puts the noun in the form its number takes', () => {
    expect(count(1, 'geofence', 'geofences')).toBe('1 geofence');
    expect(count(0, 'geofence', 'geofences')).toBe('0 geofences');
    expect(count(1200, 'day', 'days')).toBe('1,200 days');
  });

  it('ends a sentence with one full stop, whatever the name at its end', () => {
    expect(sentence('People who can work in Demo Coffee Co.')).toBe('People who can work in Demo Coffee Co.');
    expect(sentence('People who can work in Corner Bakery')).toBe('People who can work in Corner Bakery.');
  });
});
