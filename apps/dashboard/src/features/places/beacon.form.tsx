import { useMutation } from '@apollo/client/react';
import type { BeaconsTable_BeaconFragment } from '@vicinity/schema/graphql';
import { Alert, Button, Group, Stack, TextField, toast } from '@vicinity/ui';
import { useState, type FormEvent } from 'react';
import { zodFieldErrors } from '../../shared/form-errors';
import { describeError, errorCode, fieldErrors } from '../../shared/graphql-errors';
import {
  beaconFormField,
  beaconFormSchema,
  beaconValuesOf,
  emptyBeaconValues,
  type BeaconFormValues,
} from './beacon-form.schema';
import { CreateBeaconMutation, UpdateBeaconMutation } from './beacons.operations';

export interface BeaconFormProps {
  tenantId: string;
  /** The beacon being edited, or null for a new one. */
  beacon: BeaconsTable_BeaconFragment | null;
  onDone: () => void;
}

type FieldErrors = Partial<Record<keyof BeaconFormValues, string>>;

function serverFieldErrors(error: unknown): FieldErrors | null {
  const byField: FieldErrors = {};
  for (const [serverField, message] of Object.entries(fieldErrors(error))) {
    const field = beaconFormField(serverField);
    if (field && !byField[field]) byField[field] = message;
  }
  // A duplicate uuid/major/minor is a CONFLICT rather than bad input; the uuid is what identifies the beacon.
  if (errorCode(error) === 'CONFLICT') byField.uuid = describeError(error).message;
  return Object.keys(byField).length > 0 ? byField : null;
}

export function BeaconForm({ tenantId, beacon, onDone }: BeaconFormProps) {
  const [values, setValues] = useState<BeaconFormValues>(beacon ? beaconValuesOf(beacon) : emptyBeaconValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refetch = { refetchQueries: ['BeaconsPage'], awaitRefetchQueries: true };
  const [createBeacon, { loading: creating }] = useMutation(CreateBeaconMutation, refetch);
  const [updateBeacon, { loading: updating }] = useMutation(UpdateBeaconMutation, refetch);

  const field = (name: keyof BeaconFormValues) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      setValues({ ...values, [name]: event.currentTarget.value }),
    error: errors[name],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = beaconFormSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    try {
      const saved = beacon
        ? (await updateBeacon({ variables: { input: { id: beacon.id, ...parsed.data } } })).data?.updateBeacon
        : (await createBeacon({ variables: { input: { tenantId, ...parsed.data } } })).data?.createBeacon;
      if (!saved) return;
      toast.success(`${saved.name} is saved.`, beacon ? 'Beacon updated' : 'Beacon created');
      onDone();
    } catch (caught) {
      const byField = serverFieldErrors(caught);
      if (byField) setErrors(byField);
      else setFormError(describeError(caught).message);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={beacon ? `Edit ${beacon.name}` : 'New beacon'}>
      <Stack gap="sm">
        {formError ? (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextField label="Name" placeholder="Entrance" {...field('name')} />
        <TextField
          label="UUID"
          placeholder="E2C56DB5-DFFB-48D2-B060-D0F5A71096E0"
          autoComplete="off"
          spellCheck={false}
          {...field('uuid')}
        />
        <Group grow gap="sm" align="flex-start">
          <TextField label="Major" inputMode="numeric" placeholder="0–65535" {...field('major')} />
          <TextField label="Minor" inputMode="numeric" placeholder="0–65535" {...field('minor')} />
        </Group>
        <Group grow gap="sm" align="flex-start">
          <TextField label="Latitude" inputMode="decimal" description="Optional placement" {...field('latitude')} />
          <TextField label="Longitude" inputMode="decimal" description="Optional placement" {...field('longitude')} />
        </Group>
        <TextField
          label="Tags"
          placeholder="entrance, paris"
          description="Separate tags with commas or semicolons."
          {...field('tags')}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="secondary" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || updating}>
            {beacon ? 'Save changes' : 'Create beacon'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
