import { describe, expect, it } from 'vitest';
import { inWords } from './api-words';

describe('API messages in words', () => {
  it.each([
    ['radiusMeters must be between 1 and 100000', 'The radius (in metres) must be between 1 and 100,000'],
    [
      'A ENTER campaign without targets cannot be activated: add at least one geofence',
      'An “Enter a place” campaign without targets cannot be activated: add at least one geofence',
    ],
    [
      'A DRAFT campaign cannot become PAUSED; it can become ACTIVE',
      'A draft campaign cannot become paused; it can become active',
    ],
    [
      'dwellMinutes applies to DWELL campaigns only',
      'The time spent in the place applies to “Stay in a place” campaigns only',
    ],
    ['endsAt must be after startsAt', 'The end must be after the start'],
    ['the polygon must not intersect itself', 'The polygon must not intersect itself'],
  ])('%s', (message, words) => {
    expect(inWords(message)).toBe(words);
  });
});
