import type { Trigger } from '@vicinity/schema/graphql';
import { ChoiceField, Grid, NumberField, Stack, Text } from '@vicinity/ui';
import { draftTargets, type CampaignDraft, type TargetRef } from './campaign-draft';
import { errorAt } from './campaign-field-errors';
import { campaignLimits } from './campaign-limits';
import { isTrigger, triggerDescriptions, triggerLabels } from './campaign-trigger';
import { TargetChecklist } from './target-checklist';
import { TargetGeofenceMap } from './target-geofence-map';

export interface TriggersStepProps {
  tenantId: string;
  draft: CampaignDraft;
  onChange: (change: Partial<CampaignDraft>) => void;
  errors: Record<string, string>;
}

const triggerChoices = (Object.keys(triggerLabels) as Trigger[]).map((trigger) => ({
  value: trigger,
  label: triggerLabels[trigger],
  description: triggerDescriptions[trigger],
}));

export function TriggersStep({ tenantId, draft, onChange, errors }: TriggersStepProps) {
  const { kind, targets } = draftTargets(draft);
  const onMap = kind === 'geofences';

  function changeTargets(selected: TargetRef[]) {
    onChange(kind === 'geofences' ? { geofences: selected } : { beacons: selected });
  }

  return (
    <Stack gap="md">
      <Stack gap="md" maw={640}>
        <ChoiceField
          label="Trigger"
          choices={triggerChoices}
          value={draft.trigger}
          onChange={(value) => {
            if (isTrigger(value)) onChange({ trigger: value });
          }}
          error={errorAt(errors, 'trigger')}
        />
        {draft.trigger === 'DWELL' ? (
          <NumberField
            label="Minutes to stay"
            description="How long someone stays inside the geofence before the campaign reaches them."
            value={draft.dwellMinutes}
            onChange={(dwellMinutes) => onChange({ dwellMinutes })}
            min={campaignLimits.dwellMinutes.min}
            max={campaignLimits.dwellMinutes.max}
            suffix=" min"
            error={errorAt(errors, 'dwellMinutes')}
            style={{ maxWidth: 220 }}
          />
        ) : null}
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: onMap ? 5 : 12 }}>
          <Stack gap="md" maw={onMap ? undefined : 640}>
            <TargetChecklist
              key={kind}
              tenantId={tenantId}
              kind={kind}
              selected={targets}
              onChange={changeTargets}
              error={errorAt(errors, kind === 'geofences' ? 'geofenceIds' : 'beaconIds')}
            />
            {targets.length === 0 ? (
              <Text size="sm" c="dimmed">
                Without a {kind === 'geofences' ? 'geofence' : 'beacon'} you can save the campaign as a draft, but not
                activate it.
              </Text>
            ) : null}
          </Stack>
        </Grid.Col>
        {onMap ? (
          // After the list in the page's order, so on a phone the map comes below it.
          <Grid.Col span={{ base: 12, md: 7 }}>
            <TargetGeofenceMap tenantId={tenantId} selected={targets} onChange={changeTargets} />
          </Grid.Col>
        ) : null}
      </Grid>
    </Stack>
  );
}
