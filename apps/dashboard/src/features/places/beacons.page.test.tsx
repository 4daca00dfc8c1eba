import type {
  ArchiveBeaconMutation,
  ArchiveBeaconMutationVariables,
  BeaconsTable_BeaconFragment,
  CreateBeaconMutation,
  CreateBeaconMutationVariables,
} from '@vicinity/schema/graphql';
import { screen, waitFor, within } from '@testing-library/react';
import { graphql, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { fill } from './fill-field.test-helper';
import { beacon, beaconsHandler, page, placesTenantHandler, liveCampaignsHandler } from './places.fixtures';
import type { ImportReport } from './upload-csv';

const beaconsPage = '/t/tenant-acme/places/beacons';

describe('beacons page', () => {
  it('checks the UUID and major/minor range before sending anything', async () => {
    let created = 0;
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      beaconsHandler(() => page([])),
      graphql.mutation<CreateBeaconMutation, CreateBeaconMutationVariables>('CreateBeacon', () => {
        created += 1;
        return graphqlError('INTERNAL_SERVER_ERROR', 'not expected');
      }),
    );
    const { user } = await renderApp(beaconsPage);

    expect(await screen.findByText('No beacons yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New beacon' }));
    const form = screen.getByRole('form', { name: 'New beacon' });
    await fill(user, within(form).getByLabelText('Name'), 'Entrance');
    await fill(user, within(form).getByLabelText('UUID'), 'not-a-uuid');
    await fill(user, within(form).getByLabelText('Major'), '70000');
    await fill(user, within(form).getByLabelText('Minor'), '1.5');
    await user.click(within(form).getByRole('button', { name: 'Create beacon' }));

    expect(within(form).getByLabelText('UUID')).toBeInvalid();
    expect(within(form).getByLabelText('Major')).toHaveAccessibleDescription('Major is between 0 and 65,535');
    expect(within(form).getByLabelText('Minor')).toHaveAccessibleDescription('Minor is a whole number');
    expect(created).toBe(0);
  });

  it('shows the API’s CONFLICT for a duplicate beacon on the UUID field', async () => {
    const sent: CreateBeaconMutationVariables['input'][] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('MARKETER'),
      beaconsHandler(() => page([beacon('b1', 'Entrance', 1, 2)])),
      graphql.mutation<CreateBeaconMutation, CreateBeaconMutationVariables>('CreateBeacon', ({ variables }) => {
        sent.push(variables.input);
        return graphqlError('CONFLICT', 'A beacon with this UUID, major and minor already exists.', 'uuid');
      }),
    );
    const { user } = await renderApp(beaconsPage);

    await user.click(await screen.findByRole('button', { name: 'New beacon' }));
    const form = screen.getByRole('form', { name: 'New beacon' });
    await fill(user, within(form).getByLabelText('Name'), 'Entrance again');
    await fill(user, within(form).getByLabelText('UUID'), 'E2C56DB5-DFFB-48D2-B060-D0F5A71096E0');
    await fill(user, within(form).getByLabelText('Major'), '1');
    await fill(user, within(form).getByLabelText('Minor'), '2');
    await fill(user, within(form).getByLabelText('Tags'), 'door, door , hall');
    await user.click(within(form).getByRole('button', { name: 'Create beacon' }));

    await waitFor(() => expect(within(form).getByLabelText('UUID')).toBeInvalid());
    expect(within(form).getByLabelText('UUID')).toHaveAccessibleDescription(
      'A beacon with this UUID, major and minor already exists.',
    );
    expect(sent).toEqual([
      {
        tenantId: 'tenant-acme',
        name: 'Entrance again',
        uuid: 'E2C56DB5-DFFB-48D2-B060-D0F5A71096E0',
        major: 1,
        minor: 2,
        tags: ['door', 'hall'],
      },
    ]);
  });

  it('uploads a CSV with the session token, shows each bad row and that nothing was imported, then imports the fixed file', async () => {
    const uploads: { url: string; contentType: string | null; authorization: string | null; body: string }[] = [];
    const reports: ImportReport[] = [
      {
        imported: 0,
        errors: [
          { row: 2, field: 'major', message: 'major must be between 0 and 65535' },
          { row: 3, field: 'uuid', message: 'uuid must be a UUID' },
        ],
      },
      { imported: 3, errors: [] },
    ];
    let beacons: BeaconsTable_BeaconFragment[] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      beaconsHandler(() => page(beacons)),
      http.post('/import/beacons', async ({ request }) => {
        uploads.push({
          url: request.url,
          contentType: request.headers.get('content-type'),
          authorization: request.headers.get('authorization'),
          body: await request.text(),
        });
        const report = reports[uploads.length - 1];
        if (report?.imported)
          beacons = [beacon('b1', 'Door', 1, 1), beacon('b2', 'Hall', 1, 2), beacon('b3', 'Till', 1, 3)];
        return HttpResponse.json(report);
      }),
    );
    const { user } = await renderApp(beaconsPage);
    const badCsv =
      'name,uuid,major,minor,latitude,longitude,tags\nDoor,e2c56db5-dffb-48d2-b060-d0f5a71096e0,70000,1,,,\n';

    await user.click(await screen.findByRole('button', { name: 'Import CSV' }));
    const dialog = screen.getByRole('dialog', { name: 'Import beacons from CSV' });
    expect(within(dialog).getByLabelText('CSV file')).toHaveAccessibleDescription(
      expect.stringContaining('tags cell, separated by semicolons or commas: stores;paris or "stores, paris"'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(within(dialog).getByLabelText('CSV file')).toHaveAccessibleDescription(
      expect.stringContaining('Choose a CSV file first'),
    );
    await user.upload(
      within(dialog).getByLabelText('CSV file'),
      new File([badCsv], 'beacons.csv', { type: 'text/csv' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    expect(await within(dialog).findByText('Nothing was imported')).toBeInTheDocument();
    const errors = within(dialog).getByRole('table', { name: 'Import errors' });
    expect(
      within(errors)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['RowFieldMessage', '2majormajor must be between 0 and 65535', '3uuiduuid must be a UUID']);
    expect(uploads).toEqual([
      {
        url: 'http://localhost:3000/import/beacons?tenantId=tenant-acme',
        contentType: 'text/csv',
        authorization: 'Bearer test-session-token',
        body: badCsv,
      },
    ]);
    expect(screen.getByText('No beacons yet')).toBeInTheDocument();

    await user.upload(
      within(dialog).getByLabelText('CSV file'),
      new File(['fixed'], 'fixed.csv', { type: 'text/csv' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    expect(await within(dialog).findByText('Imported 3 beacons.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('table', { name: 'Import errors' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const table = await screen.findByRole('table', { name: 'Beacons' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('says why an import was refused when the server answers with an error status', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      beaconsHandler(() => page([])),
      http.post('/import/beacons', () => HttpResponse.json({ error: 'forbidden' }, { status: 403 })),
    );
    const { user } = await renderApp(beaconsPage);

    await user.click(await screen.findByRole('button', { name: 'Import CSV' }));
    const dialog = screen.getByRole('dialog', { name: 'Import beacons from CSV' });
    await user.upload(within(dialog).getByLabelText('CSV file'), new File(['x'], 'b.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "Your role in this tenant doesn't allow importing.",
    );
  });

  it('shows an analyst the beacons without any way to change them', async () => {
    server.use(
      shellHandler(),
      placesTenantHandler('ANALYST'),
      beaconsHandler(() => page([beacon('b1', 'Entrance', 7, 9)])),
    );
    await renderApp(beaconsPage);

    const table = await screen.findByRole('table', { name: 'Beacons' });
    expect(within(table).getByRole('row', { name: /Entrance/ })).toHaveTextContent(
      'e2c56db5-dffb-48d2-b060-d0f5a71096e0',
    );
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit|Archive|New beacon|Import CSV/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
  });

  it('archives a beacon only after confirmation', async () => {
    let beacons = [beacon('b1', 'Entrance', 1, 1), beacon('b2', 'Till', 1, 2)];
    const archived: string[] = [];
    server.use(
      shellHandler(),
      placesTenantHandler('OWNER'),
      liveCampaignsHandler('beacon'),
      beaconsHandler(() => page(beacons)),
      graphql.mutation<ArchiveBeaconMutation, ArchiveBeaconMutationVariables>('ArchiveBeacon', ({ variables }) => {
        archived.push(String(variables.id));
        beacons = beacons.filter((item) => item.id !== variables.id);
        return HttpResponse.json({
          data: {
            archiveBeacon: { __typename: 'Beacon', id: String(variables.id), archivedAt: '2025-04-01T09:00:00Z' },
          },
        });
      }),
    );
    const { user } = await renderApp(beaconsPage);

    await user.click(await screen.findByRole('button', { name: 'Archive Entrance' }));
    const dialog = screen.getByRole('dialog', { name: 'Archive beacon?' });
    expect(archived).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Archive beacon' }));

    const table = screen.getByRole('table', { name: 'Beacons' });
    await waitFor(() => expect(table).not.toHaveTextContent('Entrance'));
    expect(table).toHaveTextContent('Till');
    expect(archived).toEqual(['b1']);
  });
});
