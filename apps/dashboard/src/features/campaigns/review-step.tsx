import { SimpleGrid, Stack, Text } from '@vicinity/ui';
import { AudienceSize } from './audience-size';
import type { CampaignDraft } from './campaign-draft';
import { CampaignSummary } from './campaign-summary';
import { PhonePreview } from './phone-preview';

export interface ReviewStepProps {
  draft: CampaignDraft;
  /** The saved campaign, whose audience the API can count; absent until a new campaign is saved. */
  campaignId?: string;
  appName: string;
  timezone: string;
  onEditStep: (step: number) => void;
}

export function ReviewStep({ draft, campaignId, appName, timezone, onEditStep }: ReviewStepProps) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <CampaignSummary draft={draft} timezone={timezone} onEditStep={onEditStep} />
      <Stack gap="lg">
        <AudienceSize campaignId={campaignId} />
        <Stack gap="xs" align="center">
          <Text size="sm" c="dimmed">
            Preview
          </Text>
          <PhonePreview
            appName={appName}
            title={draft.content.title}
            body={draft.content.body}
            imageUrl={draft.content.imageUrl}
          />
        </Stack>
      </Stack>
    </SimpleGrid>
  );
}
