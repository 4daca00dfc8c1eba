import { useMutation } from '@apollo/client/react';
import type { RetentionSection_RetentionSettingsFragment } from '@vicinity/schema/graphql';
import { Alert, Button, Group, NumberField, Stack, toast } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import {
  defaultEventRetentionDays,
  defaultInactiveEndUserDays,
  retentionSchema,
  type RetentionValues,
} from './retention.schema';
import { UpdateRetentionMutation } from './settings.operations';

export interface RetentionFormProps {
  tenantId: string;
  retention: RetentionSection_RetentionSettingsFragment;
}

export function RetentionForm({ tenantId, retention }: RetentionFormProps) {
  const [values, setValues] = useState<RetentionValues>({
    eventRetentionDays: retention.eventRetentionDays,
    inactiveEndUserDays: retention.inactiveEndUserDays,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [updateRetention, { loading }] = useMutation(UpdateRetentionMutation, {
    refetchQueries: ['RetentionSettings'],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = retentionSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      await updateRetention({ variables: { input: { tenantId, ...parsed.data } } });
      toast.success('The next purge keeps data for the new periods.', 'Retention saved');
    } catch (caught) {
      const byField = fieldErrors(caught);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setFailure(describeError(caught).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Retention periods">
      <Stack gap="md" maw={480}>
        <NumberField
          label="Keep engagement events for"
          description={`Older events are deleted by the daily purge. Default: ${defaultEventRetentionDays} days.`}
          suffix=" days"
          min={1}
          max={3650}
          value={values.eventRetentionDays}
          onChange={(eventRetentionDays) => setValues((previous) => ({ ...previous, eventRetentionDays }))}
          error={errors.eventRetentionDays}
        />
        <NumberField
          label="Erase end users inactive for"
          description={`End users not seen for this long are erased. Default: ${defaultInactiveEndUserDays} days.`}
          suffix=" days"
          min={30}
          max={3650}
          value={values.inactiveEndUserDays}
          onChange={(inactiveEndUserDays) => setValues((previous) => ({ ...previous, inactiveEndUserDays }))}
          error={errors.inactiveEndUserDays}
        />
        {failure ? (
          <Alert color="red" role="alert" title="Retention was not saved">
            {failure}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            Save retention
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
