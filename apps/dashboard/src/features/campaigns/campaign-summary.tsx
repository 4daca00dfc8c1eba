import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@vicinity/ui';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { draftTargets, type CampaignDraft } from './campaign-draft';
import { describeTrigger } from './campaign-trigger';
import { dayOfWeekLabels } from './days-of-week';
import { count } from '../../shared/words';
import { TargetBadge } from './target-badge';

export interface CampaignSummaryProps {
  draft: CampaignDraft;
  timezone: string;
  /** Offers an "Edit" button per section that leads to the editor step it came from. */
  onEditStep?: (step: number) => void;
}

function Section({
  title,
  step,
  onEditStep,
  children,
}: {
  title: string;
  step: number;
  onEditStep?: (step: number) => void;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {onEditStep ? (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => onEditStep(step)}
            aria-label={`Edit ${title.toLowerCase()}`}
          >
            Edit
          </Button>
        ) : null}
      </Group>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={160} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td style={{ wordBreak: 'break-word' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function none(text: string) {
  return (
    <Text span c="dimmed" size="sm">
      {text}
    </Text>
  );
}

function formatLocal(value: string | null, fallback: string) {
  return value ? dayjs(value).format('D MMM YYYY, HH:mm') : none(fallback);
}

export function CampaignSummary({ draft, timezone, onEditStep }: CampaignSummaryProps) {
  const { kind, targets } = draftTargets(draft);
  const { content, schedule, frequencyCap } = draft;
  return (
    <Stack gap="md">
      <Section title="Content" step={0} onEditStep={onEditStep}>
        <Row label="Name">{draft.name}</Row>
        <Row label="Title">{content.title}</Row>
        <Row label="Body">{content.body.trim() || none('No body')}</Row>
        <Row label="Image URL">{content.imageUrl.trim() || none('No image')}</Row>
        <Row label="Action URL">{content.actionUrl.trim() || none('Opens the app')}</Row>
      </Section>
      <Section title="Triggers" step={1} onEditStep={onEditStep}>
        <Row label="Trigger">
          {describeTrigger(draft.trigger, draft.dwellMinutes === '' ? null : draft.dwellMinutes)}
        </Row>
        <Row label={kind === 'geofences' ? 'Geofences' : 'Beacons'}>
          {targets.length === 0 ? (
            none(`No ${kind === 'geofences' ? 'geofence' : 'beacon'} chosen: the campaign cannot be activated`)
          ) : (
            <Group gap={6}>
              {targets.map((target) => (
                <TargetBadge key={target.id} target={target} />
              ))}
            </Group>
          )}
        </Row>
      </Section>
      <Section title="Schedule and cap" step={2} onEditStep={onEditStep}>
        <Row label="Starts">{formatLocal(schedule.startsAt, 'When activated')}</Row>
        <Row label="Ends">{formatLocal(schedule.endsAt, 'When ended')}</Row>
        <Row label="Time windows">
          {schedule.timeWindows.length === 0 ? (
            none('Any time')
          ) : (
            <Stack gap={2}>
              {schedule.timeWindows.map((window) => (
                <Text key={window.key} size="sm">
                  {dayOfWeekLabels[window.dayOfWeek]} {window.startTime}–{window.endTime}
                </Text>
              ))}
              <Text size="xs" c="dimmed">
                {timezone} time
              </Text>
            </Stack>
          )}
        </Row>
        <Row label="Frequency cap">
          {frequencyCap.maxDeliveries !== '' && frequencyCap.perHours !== ''
            ? `At most ${count(frequencyCap.maxDeliveries, 'delivery', 'deliveries')} per ${count(frequencyCap.perHours, 'hour', 'hours')}`
            : none('No cap')}
        </Row>
        <Row label="Minimum gap">
          {draft.minimumGapMinutes === '' ? none('None') : count(draft.minimumGapMinutes, 'minute', 'minutes')}
        </Row>
        <Row label="Priority">{draft.priority === '' ? 0 : draft.priority}</Row>
        <Row label="Tags">
          {draft.tags.length === 0 ? (
            none('No tags')
          ) : (
            <Group gap={6}>
              {draft.tags.map((tag) => (
                <Badge key={tag} variant="outline" size="sm">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Row>
      </Section>
    </Stack>
  );
}
