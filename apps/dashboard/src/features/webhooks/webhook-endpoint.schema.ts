import { z } from 'zod';
import { subscribableEvents } from './webhook-words';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** As the API checks it: https everywhere, plain http only to this machine (a secret would otherwise travel clear). */
export const webhookUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the URL that receives the events')
  .max(2048, 'Keep the URL under 2,048 characters')
  .refine((text) => URL.canParse(text), 'Enter a full URL, like https://example.com/hooks/vicinity')
  .refine((text) => {
    if (!URL.canParse(text)) return true;
    const url = new URL(text);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  }, 'Use an https:// URL (http:// only for localhost while developing)')
  .refine((text) => {
    if (!URL.canParse(text)) return true;
    const url = new URL(text);
    return !url.username && !url.password;
  }, 'Leave the user name and password out of the URL');

type EventValue = (typeof subscribableEvents)[number]['value'];

export const webhookEndpointSchema = z.object({
  url: webhookUrlSchema,
  events: z
    .array(z.enum(subscribableEvents.map((event) => event.value) as [EventValue, ...EventValue[]]))
    .min(1, 'Choose at least one event'),
  description: z.string().trim().max(200, 'Keep the description under 200 characters'),
});

export type WebhookEndpointDraft = z.input<typeof webhookEndpointSchema>;
