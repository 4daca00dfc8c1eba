import { Group, SimpleGrid, Stack, Text, TextareaField, TextField } from '@vicinity/ui';
import type { CampaignDraft } from './campaign-draft';
import { errorAt } from './campaign-field-errors';
import { campaignLimits } from './campaign-limits';
import { PhonePreview } from './phone-preview';

export interface ContentStepProps {
  draft: CampaignDraft;
  onChange: (change: Partial<CampaignDraft>) => void;
  errors: Record<string, string>;
  appName: string;
}

export function ContentStep({ draft, onChange, errors, appName }: ContentStepProps) {
  const { content } = draft;
  const setContent = (change: Partial<CampaignDraft['content']>) => onChange({ content: { ...content, ...change } });
  const bodyLength = content.body.length;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="sm">
        <TextField
          label="Campaign name"
          description="Only your team sees it."
          value={draft.name}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
          error={errorAt(errors, 'name')}
          required
        />
        <TextField
          label="Title"
          description={`Up to ${campaignLimits.title} characters.`}
          value={content.title}
          onChange={(event) => setContent({ title: event.currentTarget.value })}
          error={errorAt(errors, 'content.title')}
          required
        />
        <Stack gap={2}>
          <TextareaField
            label="Body"
            value={content.body}
            onChange={(event) => setContent({ body: event.currentTarget.value })}
            error={errorAt(errors, 'content.body')}
          />
          <Group justify="flex-end">
            <Text size="xs" c={bodyLength > campaignLimits.body ? 'red' : 'dimmed'} aria-live="polite">
              {bodyLength} / {campaignLimits.body}
            </Text>
          </Group>
        </Stack>
        <TextField
          label="Image URL"
          description="Optional. A secure (https://) address of a picture shown in the notification."
          placeholder="https://"
          value={content.imageUrl}
          onChange={(event) => setContent({ imageUrl: event.currentTarget.value })}
          error={errorAt(errors, 'content.imageUrl')}
        />
        <TextField
          label="Action URL"
          description="Optional. Where a tap on the notification leads; https:// only."
          placeholder="https://"
          value={content.actionUrl}
          onChange={(event) => setContent({ actionUrl: event.currentTarget.value })}
          error={errorAt(errors, 'content.actionUrl')}
        />
      </Stack>
      <Stack gap="xs" align="center">
        <Text size="sm" c="dimmed">
          Preview
        </Text>
        <PhonePreview appName={appName} title={content.title} body={content.body} imageUrl={content.imageUrl} />
      </Stack>
    </SimpleGrid>
  );
}
