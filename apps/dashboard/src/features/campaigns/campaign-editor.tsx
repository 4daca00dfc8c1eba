import { useMutation } from '@apollo/client/react';
import type { CampaignEditor_TenantFragment } from '@vicinity/schema/graphql';
import { Button, ErrorState, Group, Stack, StepFlow, toast } from '@vicinity/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { useStandingErrors } from '../../shared/use-standing-errors';
import type { CampaignDraft } from './campaign-draft';
import { issuesByPath, stepSchemas } from './campaign-draft.schemas';
import {
  firstStepWithError,
  replaceStepErrors,
  reviewStep,
  stepOfField,
  unplacedErrors,
} from './campaign-field-errors';
import { createCampaignInput, updateCampaignInput } from './campaign-input';
import { CreateCampaignMutation, UpdateCampaignMutation } from './campaigns.operations';
import { ContentStep } from './content-step';
import { ReviewStep } from './review-step';
import { ScheduleStep } from './schedule-step';
import { StepErrors } from './step-errors';
import { TriggersStep } from './triggers-step';

export interface CampaignEditorProps {
  tenant: CampaignEditor_TenantFragment;
  initialDraft: CampaignDraft;
  /** The campaign being edited; a new draft is created when absent. */
  campaignId?: string;
}

function validate(draft: CampaignDraft, step: number): Record<string, string> {
  const schema = stepSchemas[step];
  if (!schema) return {};
  const parsed = schema.safeParse(draft);
  return parsed.success ? {} : issuesByPath(parsed.error);
}

export function CampaignEditor({ tenant, initialDraft, campaignId }: CampaignEditorProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initialDraft);
  const [active, setActive] = useState(0);
  // An existing campaign already passed every step, so all of them can be opened at once.
  const [reachable, setReachable] = useState(campaignId ? reviewStep : 0);
  const [errors, setErrors] = useStandingErrors(draft);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [createCampaign, { loading: creating }] = useMutation(CreateCampaignMutation);
  const [updateCampaign, { loading: updating }] = useMutation(UpdateCampaignMutation);
  const campaignsPath = `/t/${tenant.id}/campaigns`;

  function change(update: Partial<CampaignDraft>) {
    setDraft((current) => ({ ...current, ...update }));
  }

  function leaveStep(target: number) {
    if (target > active) {
      const stepErrors = validate(draft, active);
      setErrors(replaceStepErrors(errors, active, stepErrors));
      if (Object.keys(stepErrors).length > 0) return;
    }
    setActive(target);
    setReachable((current) => Math.max(current, target));
  }

  async function save() {
    setSaveError(null);
    const allErrors = stepSchemas.reduce<Record<string, string>>(
      (found, _, step) => ({ ...found, ...validate(draft, step) }),
      {},
    );
    const failedStep = firstStepWithError(allErrors);
    if (failedStep !== undefined) {
      setErrors(allErrors);
      setActive(failedStep);
      return;
    }
    try {
      const saved = campaignId
        ? (await updateCampaign({ variables: { input: updateCampaignInput(campaignId, draft) } })).data?.updateCampaign
        : (await createCampaign({ variables: { input: createCampaignInput(tenant.id, draft) } })).data?.createCampaign;
      if (!saved) return;
      toast.success(
        campaignId ? `“${saved.name}” is saved.` : `“${saved.name}” is saved as a draft.`,
        campaignId ? 'Campaign saved' : 'Draft created',
      );
      void navigate(`${campaignsPath}/${saved.id}`);
    } catch (caught) {
      const byField = fieldErrors(caught);
      const step = firstStepWithError(byField);
      if (step === undefined) {
        setSaveError(describeError(caught).message);
        return;
      }
      setErrors(byField);
      setActive(step);
    }
  }

  const stepProps = { draft, onChange: change, errors };
  const steps = [
    {
      label: 'Content',
      description: 'What people see',
      content: <ContentStep {...stepProps} appName={tenant.name} />,
    },
    {
      label: 'Triggers',
      description: 'Where it reaches them',
      content: <TriggersStep {...stepProps} tenantId={tenant.id} />,
    },
    {
      label: 'Schedule and cap',
      description: 'When and how often',
      content: <ScheduleStep {...stepProps} timezone={tenant.timezone} />,
    },
    {
      label: 'Review',
      description: 'Check and save',
      content: (
        <ReviewStep
          draft={draft}
          campaignId={campaignId}
          appName={tenant.name}
          timezone={tenant.timezone}
          onEditStep={setActive}
        />
      ),
    },
  ].map((step, index) => ({
    ...step,
    invalid: Object.keys(errors).some((path) => stepOfField(path) === index),
    content: (
      <Stack gap="md" pt="md">
        <StepErrors messages={unplacedErrors(errors, index)} />
        {step.content}
      </Stack>
    ),
  }));
  const saving = creating || updating;

  return (
    <Stack gap="lg">
      <StepFlow steps={steps} active={active} reachable={reachable} onStepClick={leaveStep} />
      {saveError ? <ErrorState title="The campaign could not be saved" message={saveError} /> : null}
      <Group justify="space-between">
        <Button
          variant="subtle"
          onClick={() => void navigate(campaignId ? `${campaignsPath}/${campaignId}` : campaignsPath)}
        >
          Cancel
        </Button>
        <Group gap="sm">
          {active > 0 ? (
            <Button variant="secondary" onClick={() => setActive(active - 1)} disabled={saving}>
              Back
            </Button>
          ) : null}
          {active < reviewStep ? (
            <Button onClick={() => leaveStep(active + 1)}>Next</Button>
          ) : (
            <Button onClick={() => void save()} loading={saving}>
              {campaignId ? 'Save changes' : 'Save as draft'}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
