import { z } from 'zod';
import { count } from '../../shared/words';

/** The API's defaults for a new tenant, shown next to the fields so an officer can tell what they changed. */
export const defaultEventRetentionDays = 395;
export const defaultInactiveEndUserDays = 730;

export interface RetentionValues {
  eventRetentionDays: number | '';
  inactiveEndUserDays: number | '';
}

const days = (min: number) =>
  z
    .number({ error: 'Enter a number of days' })
    .int('Whole days only')
    .min(min, `At least ${count(min, 'day', 'days')}`)
    .max(3650, 'At most 3650 days (ten years)');

export const retentionSchema = z.object({
  eventRetentionDays: days(1),
  inactiveEndUserDays: days(30),
});
