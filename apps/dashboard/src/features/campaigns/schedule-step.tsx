import { DateTimeField, Group, NumberField, SimpleGrid, Stack, TagsField, Text, Title } from '@vicinity/ui';
import type { CampaignDraft } from './campaign-draft';
import { errorAt } from './campaign-field-errors';
import { campaignLimits } from './campaign-limits';
import { TimeWindowsField } from './time-windows-field';

export interface ScheduleStepProps {
  draft: CampaignDraft;
  onChange: (change: Partial<CampaignDraft>) => void;
  errors: Record<string, string>;
  timezone: string;
}

export function ScheduleStep({ draft, onChange, errors, timezone }: ScheduleStepProps) {
  const { schedule, frequencyCap } = draft;
  const setSchedule = (change: Partial<CampaignDraft['schedule']>) =>
    onChange({ schedule: { ...schedule, ...change } });
  const setCap = (change: Partial<CampaignDraft['frequencyCap']>) =>
    onChange({ frequencyCap: { ...frequencyCap, ...change } });

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          When
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeField
            label="Starts"
            placeholder="As soon as it is activated"
            value={schedule.startsAt}
            onChange={(startsAt) => setSchedule({ startsAt })}
            error={errorAt(errors, 'schedule.startsAt')}
          />
          <DateTimeField
            label="Ends"
            placeholder="When you end it"
            value={schedule.endsAt}
            onChange={(endsAt) => setSchedule({ endsAt })}
            error={errorAt(errors, 'schedule.endsAt')}
          />
        </SimpleGrid>
        <TimeWindowsField
          windows={schedule.timeWindows}
          onChange={(timeWindows) => setSchedule({ timeWindows })}
          errors={errors}
          timezone={timezone}
        />
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h5">
          How often
        </Title>
        <Group align="flex-start" gap="sm">
          <NumberField
            label="At most"
            placeholder="No cap"
            value={frequencyCap.maxDeliveries}
            onChange={(maxDeliveries) => setCap({ maxDeliveries })}
            min={campaignLimits.maxDeliveries.min}
            max={campaignLimits.maxDeliveries.max}
            suffix=" deliveries"
            error={errorAt(errors, 'frequencyCap.maxDeliveries')}
            style={{ width: 180 }}
          />
          <NumberField
            label="Per"
            placeholder="Hours"
            value={frequencyCap.perHours}
            onChange={(perHours) => setCap({ perHours })}
            min={campaignLimits.perHours.min}
            max={campaignLimits.perHours.max}
            suffix=" hours"
            error={errorAt(errors, 'frequencyCap.perHours')}
            style={{ width: 160 }}
          />
        </Group>
        <Text size="xs" c="dimmed">
          The most one person receives this campaign in that many hours. Leave both empty for no cap.
        </Text>
        <NumberField
          label="Minimum gap"
          description="Minutes that must pass between two deliveries of this campaign to the same person."
          placeholder="None"
          value={draft.minimumGapMinutes}
          onChange={(minimumGapMinutes) => onChange({ minimumGapMinutes })}
          min={campaignLimits.minimumGapMinutes.min}
          max={campaignLimits.minimumGapMinutes.max}
          suffix=" min"
          error={errorAt(errors, 'minimumGapMinutes')}
          style={{ maxWidth: 360 }}
        />
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h5">
          Organise
        </Title>
        <NumberField
          label="Priority"
          description="When several campaigns could reach someone at once, the highest priority goes first."
          value={draft.priority}
          onChange={(priority) => onChange({ priority })}
          min={campaignLimits.priority.min}
          max={campaignLimits.priority.max}
          error={errorAt(errors, 'priority')}
          style={{ maxWidth: 360 }}
        />
        <TagsField
          label="Tags"
          description="Press Enter or comma after each tag. Tags help you filter campaigns."
          value={draft.tags}
          onChange={(tags) => onChange({ tags })}
          maxTags={campaignLimits.tags}
          error={errorAt(errors, 'tags')}
        />
      </Stack>
    </Stack>
  );
}
