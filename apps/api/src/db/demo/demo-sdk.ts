import type { Context } from '../../context';
import { inputSchema } from '../../graphql/input-rules';
import { parseInput } from '../../graphql/parse-input';
import { requireApiKey } from '../../modules/auth/authorization';
import { RecordConsentInput } from '../../modules/end-users/dto/record-consent.input';
import { UpsertEndUserInput } from '../../modules/end-users/dto/upsert-end-user.input';
import { ConsentSource } from '../../modules/end-users/end-user-enums';
import { recordConsent, upsertEndUser } from '../../modules/end-users/end-user.service';
import { type EngagementEventInput, RecordEventsInput } from '../../modules/engagement/dto/record-events.input';
import { recordEvents } from '../../modules/engagement/engagement.service';
import type { DemoPerson } from './demo-people';
import type { DemoStep, Recorded } from './demo-timeline';

/** The SDK backend reports a batch of engagement events; the API keeps those the policy allowed when they occurred. */
export function recordDemoEvents(ctx: Context, events: EngagementEventInput[]): Promise<Recorded> {
  const { tenantId } = requireApiKey(ctx);
  return recordEvents(ctx, tenantId, parseInput(inputSchema(RecordEventsInput), { events }).events);
}

/**
 * What the SDK backend sends about each person, at the time it happens: the profile when they install the app, then
 * each consent they give or withdraw. Nothing after they are erased.
 */
export function sdkSteps(request: () => Context, people: DemoPerson[], leaves: Map<number, Date>): DemoStep[] {
  const steps: DemoStep[] = [];
  for (const person of people) {
    const upsert = async () => {
      const ctx = request();
      const fields = parseInput(inputSchema(UpsertEndUserInput), person.profile);
      await upsertEndUser(ctx, requireApiKey(ctx).tenantId, fields);
    };
    const personSteps: DemoStep[] = [{ at: person.registeredAt, run: upsert }];
    for (const consent of person.consents) {
      personSteps.push({
        at: consent.at,
        run: async () => {
          const ctx = request();
          const { tenantId, apiKeyId } = requireApiKey(ctx);
          const input = parseInput(inputSchema(RecordConsentInput), {
            deviceId: person.profile.deviceId,
            purpose: consent.purpose,
            granted: consent.granted,
            source: ConsentSource.SDK,
            policyVersion: consent.policyVersion,
            recordedAt: consent.at,
          });
          await recordConsent(ctx, tenantId, apiKeyId, input);
        },
      });
    }
    const gone = leaves.get(person.index);
    steps.push(...personSteps.filter((s) => !gone || s.at < gone));
  }
  return steps;
}
