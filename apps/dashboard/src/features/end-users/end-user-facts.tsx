import type { EndUserProfileDetails_EndUserProfileFragment } from '@vicinity/schema/graphql';
import { Badge, FactList, Group } from '@vicinity/ui';
import { formatDateTime } from '../privacy/format-date-time';
import { EndUserContact } from './end-user-contact';
import { permissionLabels, platformLabels } from './end-user-labels';

export function EndUserFacts({ endUser }: { endUser: EndUserProfileDetails_EndUserProfileFragment }) {
  return (
    <FactList
      facts={[
        { label: 'Device id', value: endUser.deviceId },
        { label: 'External id', value: endUser.externalId ?? '—' },
        { label: 'Name', value: endUser.name ?? '—' },
        {
          label: 'Contact',
          value: (
            <EndUserContact
              endUserId={endUser.id}
              maskedEmail={endUser.maskedEmail}
              maskedPhone={endUser.maskedPhone}
            />
          ),
        },
        { label: 'Platform', value: endUser.platform ? platformLabels[endUser.platform] : '—' },
        { label: 'Locale', value: endUser.locale ?? '—' },
        { label: 'Country', value: endUser.countryCode ?? '—' },
        { label: 'Location permission', value: permissionLabels[endUser.locationPermission] },
        // Permission alone does not allow it: the words say which of permission and consent is missing.
        { label: 'Location use', value: endUser.locationUse },
        {
          label: 'Processing',
          value: (
            <Group gap={4}>
              {endUser.restricted ? <Badge color="orange">Restricted</Badge> : null}
              {endUser.objected ? <Badge color="orange">Objected</Badge> : null}
              {endUser.needsReconsent ? <Badge color="yellow">Needs re-consent</Badge> : null}
              {!endUser.restricted && !endUser.objected && !endUser.needsReconsent ? 'Normal' : null}
            </Group>
          ),
        },
        { label: 'Registered', value: formatDateTime(endUser.createdAt) },
        { label: 'Last seen', value: formatDateTime(endUser.lastSeenAt) },
      ]}
    />
  );
}
