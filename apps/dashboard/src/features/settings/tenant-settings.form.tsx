import { useMutation } from '@apollo/client/react';
import type { TenantSettingsForm_TenantFragment, UpdateTenantSettingsInput } from '@vicinity/schema/graphql';
import { Alert, Button, Group, NumberField, SelectField, Stack, SwitchField, TextField, toast } from '@vicinity/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { UpdateTenantSettingsMutation } from './settings.operations';
import { lowestMinimumAge, tenantSettingsSchema, type TenantSettingsValues } from './tenant-settings.schema';
import { timeZoneOptions } from './time-zones';

export interface TenantSettingsFormProps {
  tenantId: string;
  tenant: TenantSettingsForm_TenantFragment;
}

function valuesOf(tenant: TenantSettingsForm_TenantFragment): TenantSettingsValues {
  return {
    minimumAge: tenant.minimumAge,
    requireMarketingConsent: tenant.requireMarketingConsent,
    policyVersion: tenant.policyVersion,
    timezone: tenant.timezone,
  };
}

export function TenantSettingsForm({ tenantId, tenant }: TenantSettingsFormProps) {
  const [values, setValues] = useState(() => valuesOf(tenant));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [updateSettings, { loading }] = useMutation(UpdateTenantSettingsMutation);
  const zones = useMemo(() => timeZoneOptions(tenant.timezone), [tenant.timezone]);
  const set = <K extends keyof TenantSettingsValues>(key: K, value: TenantSettingsValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = tenantSettingsSchema(tenant.minimumAge).safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    // Only what changed, so the audit log records the change that was meant.
    const input: UpdateTenantSettingsInput = { tenantId };
    if (parsed.data.minimumAge !== tenant.minimumAge) input.minimumAge = parsed.data.minimumAge;
    if (parsed.data.requireMarketingConsent !== tenant.requireMarketingConsent) {
      input.requireMarketingConsent = parsed.data.requireMarketingConsent;
    }
    if (parsed.data.policyVersion !== tenant.policyVersion) input.policyVersion = parsed.data.policyVersion;
    if (parsed.data.timezone !== tenant.timezone) input.timezone = parsed.data.timezone;
    try {
      await updateSettings({ variables: { input } });
      toast.success('The new settings apply from now on.', 'Settings saved');
    } catch (caught) {
      const byField = fieldErrors(caught);
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setFailure(describeError(caught).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Processing settings">
      <Stack gap="md" maw={480}>
        <NumberField
          label="Minimum age"
          description={`End users younger than this are never stored. It can only be raised, never below ${lowestMinimumAge}.`}
          suffix=" years"
          value={values.minimumAge}
          onChange={(minimumAge) => set('minimumAge', minimumAge)}
          min={Math.max(lowestMinimumAge, tenant.minimumAge)}
          error={errors.minimumAge}
        />
        <SwitchField
          label="Require marketing consent"
          description="On: only end users who granted marketing consent receive offers."
          checked={values.requireMarketingConsent}
          onChange={(required) => set('requireMarketingConsent', required)}
        />
        <TextField
          label="Privacy policy version"
          description="End users whose latest consent was given under another version need to consent again."
          value={values.policyVersion}
          onChange={(event) => set('policyVersion', event.currentTarget.value)}
          error={errors.policyVersion}
        />
        <SelectField
          label="Time zone"
          options={zones}
          value={values.timezone}
          onChange={(timezone) => set('timezone', timezone)}
          error={errors.timezone}
        />
        {failure ? (
          <Alert color="red" role="alert" title="The settings were not saved">
            {failure}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
