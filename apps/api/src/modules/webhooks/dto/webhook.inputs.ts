import { ArgsType, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { PageArgs } from '../../../graphql/paginate';
import { InputField, Refine } from '../../../graphql/input-rules';
import { idField } from '../../auth/dto/fields';
import { WebhookDeliveryStatus, WebhookEventType } from '../webhook-enums';

export const MAX_ROTATION_OVERLAP_HOURS = 7 * 24;

/** Parsed once: each problem of a URL, in the order a person would fix them. */
const urlField = z
  .string()
  .trim()
  .max(2048, 'must be at most 2048 characters')
  .superRefine((text, ctx) => {
    const url = URL.parse(text);
    const problem = !url
      ? 'must be a full URL, like https://example.com/hooks/vicinity'
      : !['https:', 'http:'].includes(url.protocol)
        ? 'must start with https://'
        : url.username || url.password
          ? 'must not hold a user name or password'
          : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** TEST is sent on request only: no endpoint subscribes to it. */
const eventsField = z
  .array(z.enum(WebhookEventType))
  .min(1, 'must name at least one event')
  .refine((events) => !events.includes(WebhookEventType.TEST), 'TEST is sent on request, not subscribed to')
  .transform((events) => [...new Set(events)]);

const descriptionField = z.string().trim().max(200, 'must be at most 200 characters');

@InputType('CreateWebhookEndpointInput')
export class CreateWebhookEndpointInput {
  @InputField(() => ID, idField)
  tenantId!: string;

  @InputField(() => String, urlField)
  url!: string;

  @InputField(() => [WebhookEventType], eventsField)
  events!: WebhookEventType[];

  @InputField(() => String, descriptionField, { nullable: true })
  description?: string;
}

@InputType('UpdateWebhookEndpointInput')
export class UpdateWebhookEndpointInput {
  @InputField(() => ID, idField)
  id!: string;

  @InputField(() => String, urlField, { nullable: true })
  url?: string;

  @InputField(() => [WebhookEventType], eventsField, { nullable: true })
  events?: WebhookEventType[];

  @InputField(() => String, descriptionField, { nullable: true })
  description?: string;
}

@InputType('RotateWebhookSecretInput')
export class RotateWebhookSecretInput {
  @InputField(() => ID, idField)
  id!: string;

  @InputField(
    () => Int,
    z
      .number()
      .int()
      .min(0, `must be 0..${MAX_ROTATION_OVERLAP_HOURS}`)
      .max(MAX_ROTATION_OVERLAP_HOURS, `must be 0..${MAX_ROTATION_OVERLAP_HOURS}`),
    {
      nullable: true,
      description: `hours in which the old secret still signs too, 0..${MAX_ROTATION_OVERLAP_HOURS}, default 24`,
    },
  )
  overlapHours?: number;
}

@InputType('ReplayFailedWebhookDeliveriesInput')
@Refine((a: ReplayFailedWebhookDeliveriesInput) => a.from < a.to, { message: 'to must be after from', path: 'to' })
export class ReplayFailedWebhookDeliveriesInput {
  @InputField(() => ID, idField)
  endpointId!: string;

  @InputField(() => Date, z.date(), { description: 'deliveries created from this instant, included' })
  from!: Date;

  @InputField(() => Date, z.date(), { description: 'until this instant, excluded' })
  to!: Date;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @InputField(() => ID, idField)
  endpointId!: string;

  @InputField(() => WebhookDeliveryStatus, z.enum(WebhookDeliveryStatus), { nullable: true })
  status?: WebhookDeliveryStatus;
}
