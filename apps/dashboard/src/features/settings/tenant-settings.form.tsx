import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TenantSettingsForm_TenantFragment, UpdateTenantSettingsInput } from '@vicinity/schema/graphql';
import { Alert, Button, Group, NumberField, SelectField, Stack, SwitchField, TextField, toast } from '@vicinity/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, fieldErrors } from '../../shared/graphql-errors';
import { type MinimumAgeRaise, RaiseMinimumAgeDialog } from './raise-minimum-age.dialog';
import { MinimumAgeImpactQuery, UpdateTenantSettingsMutation } from './settings.operations';
import {
  highestMinimumAge,
  lowestMinimumAge,
  tenantSettingsSchema,
  type TenantSettingsValues,
} from './tenant-settings.schema';
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
  const client = useApolloClient();
  const [values, setValues] = useState(() => valuesOf(tenant));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [pending, setPending] = useState<{ input: UpdateTenantSettingsInput; raise: MinimumAgeRaise } | null>(null);
  const [updateSettings, { loading }] = useMutation(UpdateTenantSettingsMutation);
  const zones = useMemo(() => timeZoneOptions(tenant.timezone), [tenant.timezone]);
  const set = <K extends keyof TenantSettingsValues>(key: K, value: TenantSettingsValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  function showFailure(caught: unknown) {
    const byField = fieldErrors(caught);
    if (Object.keys(byField).length > 0) setErrors(byField);
    else setFailure(describeError(caught).message);
  }

  async function save(input: UpdateTenantSettingsInput) {
    try {
      await updateSettings({ variables: { input } });
      if (input.minimumAge !== undefined) {
        // End users under the new minimum age are gone: no list or profile may still show them.
        client.cache.evict({ fieldName: 'endUsers' });
        client.cache.evict({ fieldName: 'endUser' });
        client.cache.gc();
      }
      toast.success('The new settings apply from now on.', 'Settings saved');
    } catch (caught) {
      showFailure(caught);
    } finally {
      setPending(null);
    }
  }

  async function askBeforeRaising(input: UpdateTenantSettingsInput & { minimumAge: number }) {
    setChecking(true);
    try {
      const { data } = await client.query({
        query: MinimumAgeImpactQuery,
        variables: { tenantId, minimumAge: input.minimumAge },
        fetchPolicy: 'network-only',
      });
      setPending({ input, raise: { minimumAge: input.minimumAge, erased: data?.minimumAgeImpact ?? 0 } });
    } catch (caught) {
      showFailure(caught);
    } finally {
      setChecking(false);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = tenantSettingsSchema.safeParse(values);
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
    if (input.minimumAge != null && input.minimumAge > tenant.minimumAge) {
      await askBeforeRaising({ ...input, minimumAge: input.minimumAge });
    } else {
      await save(input);
    }
  }

  return (
    <>
      <form onSubmit={handleSubmit} noValidate aria-label="Processing settings">
        <Stack gap="md" maw={480}>
          <NumberField
            label="Minimum age"
            description={`End users younger than this are never stored: raising it erases those already stored. From ${lowestMinimumAge} to ${highestMinimumAge}.`}
            suffix=" years"
            value={values.minimumAge}
            onChange={(minimumAge) => set('minimumAge', minimumAge)}
            min={lowestMinimumAge}
            max={highestMinimumAge}
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
            <Button type="submit" loading={loading || checking}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
      <RaiseMinimumAgeDialog
        raise={pending?.raise ?? null}
        loading={loading}
        onConfirm={() => {
          if (pending) void save(pending.input);
        }}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
