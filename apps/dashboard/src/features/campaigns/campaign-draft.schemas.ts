import { z } from 'zod';
import { campaignLimits as limits } from './campaign-limits';

function isHttpsUrl(value: string): boolean {
  if (!value.startsWith('https://')) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const optionalHttpsUrl = z
  .string()
  .trim()
  .max(limits.url, `At most ${limits.url} characters`)
  .refine((value) => value === '' || isHttpsUrl(value), 'Use a secure web address starting with https://');

function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  return z
    .number({ error: `Enter ${label}` })
    .int(`${label[0]?.toUpperCase()}${label.slice(1)} must be a whole number`)
    .min(min, `Between ${min} and ${max}`)
    .max(max, `Between ${min} and ${max}`);
}

function optionalWholeNumber(label: string, range: { min: number; max: number }) {
  return z.union([z.literal(''), wholeNumber(label, range)]);
}

export const contentStepSchema = z.object({
  name: z.string().trim().min(1, 'Name the campaign').max(limits.name, `At most ${limits.name} characters`),
  content: z.object({
    title: z
      .string()
      .trim()
      .min(1, 'Write a title for the notification')
      .max(limits.title, `At most ${limits.title} characters`),
    body: z.string().trim().max(limits.body, `At most ${limits.body} characters`),
    imageUrl: optionalHttpsUrl,
    actionUrl: optionalHttpsUrl,
  }),
});

export const triggersStepSchema = z
  .object({
    trigger: z.enum(['ENTER', 'DWELL', 'BEACON_NEAR']),
    dwellMinutes: z.union([z.literal(''), z.number()]),
  })
  .superRefine((draft, context) => {
    if (draft.trigger !== 'DWELL') return;
    const parsed = wholeNumber('the minutes to stay', limits.dwellMinutes).safeParse(draft.dwellMinutes);
    if (!parsed.success) {
      context.addIssue({ code: 'custom', path: ['dwellMinutes'], message: parsed.error.issues[0]?.message ?? '' });
    }
  });

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, e.g. 09:30');
// "24:00" ends a window at midnight, as the API allows.
const endOfWindow = z.union([timeOfDay, z.literal('24:00')]);

const timeWindowSchema = z
  .object({ dayOfWeek: z.enum(['1', '2', '3', '4', '5', '6', '7']), startTime: timeOfDay, endTime: endOfWindow })
  .refine((window) => window.endTime > window.startTime, {
    path: ['endTime'],
    message: 'Ends after it starts',
  });

export const scheduleStepSchema = z
  .object({
    schedule: z
      .object({
        startsAt: z.string().nullable(),
        endsAt: z.string().nullable(),
        timeWindows: z.array(timeWindowSchema).max(limits.timeWindows, `At most ${limits.timeWindows} time windows`),
      })
      .refine((schedule) => !schedule.startsAt || !schedule.endsAt || schedule.endsAt > schedule.startsAt, {
        path: ['endsAt'],
        message: 'The end comes after the start',
      }),
    frequencyCap: z.object({
      maxDeliveries: optionalWholeNumber('a number of deliveries', limits.maxDeliveries),
      perHours: optionalWholeNumber('a number of hours', limits.perHours),
    }),
    minimumGapMinutes: optionalWholeNumber('a number of minutes', limits.minimumGapMinutes),
    priority: wholeNumber('a priority', limits.priority),
    tags: z
      .array(z.string().trim().min(1).max(limits.tag, `A tag has at most ${limits.tag} characters`))
      .max(limits.tags, `At most ${limits.tags} tags`),
  })
  .superRefine((draft, context) => {
    // A cap needs both numbers; leaving both empty means no cap.
    const { maxDeliveries, perHours } = draft.frequencyCap;
    if (maxDeliveries === '' && perHours !== '') {
      context.addIssue({ code: 'custom', path: ['frequencyCap', 'maxDeliveries'], message: 'Enter how many' });
    }
    if (perHours === '' && maxDeliveries !== '') {
      context.addIssue({ code: 'custom', path: ['frequencyCap', 'perHours'], message: 'Enter over how many hours' });
    }
  });

/** Each editor step's schema, in step order; the review step has nothing of its own to check. */
export const stepSchemas = [contentStepSchema, triggersStepSchema, scheduleStepSchema] as const;

/** Messages keyed by the field's dotted path ("content.title"), the same names the API gives in extensions.field. */
export function issuesByPath(error: z.ZodError): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in byPath)) byPath[path] = issue.message;
  }
  return byPath;
}
