import type {
  CreateCampaignInput,
  CreateCampaignMutation,
  CreateCampaignMutationVariables,
  EditCampaignPageQuery,
  EditCampaignPageQueryVariables,
  UpdateCampaignInput,
  UpdateCampaignMutation,
  UpdateCampaignMutationVariables,
} from '@vicinity/schema/graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
// Loaded up front, so the triggers step's lazily loaded map is ready as soon as the step asks for it.
import '../places/geofence-map';
import { selectedShapeStyle } from '../places/map-styles';
import { circleGeofence, polygonGeofence } from '../places/places.fixtures';
import {
  audienceSizeHandler,
  campaign,
  detailHandler,
  geofencesHandler,
  mapGeofencesHandler,
  newCampaignHandler,
  statsHandler,
  statsPoint,
  tenantWithRole,
} from './campaign.fixtures';

const newPage = '/t/tenant-acme/campaigns/new';
const storeShapes = [circleGeofence('g1', 'Main Street store'), polygonGeofence('g2', 'Station kiosk')];
const storeGeofences = storeShapes.map(({ id, name }) => ({ id, name }));
const selectedStroke = String(selectedShapeStyle.color);
const noEngagement = statsPoint('2025-04-01T00:00:00.000Z', { delivered: 0, opened: 0, clicked: 0, reach: 0 });

function createHandler(sent: CreateCampaignInput[]) {
  return graphql.mutation<CreateCampaignMutation, CreateCampaignMutationVariables>(
    'CreateCampaign',
    ({ variables }) => {
      sent.push(variables.input);
      return HttpResponse.json({
        data: { createCampaign: campaign('c-new', variables.input.name) },
      });
    },
  );
}

/** Replaces a field's text in one input event: typing long text key by key only slows the tests down. */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

async function fillContent(user: UserEvent, { title = 'Coffee is on us', actionUrl = '' } = {}) {
  await fill(user, await screen.findByLabelText(/Campaign name/), 'Morning coffee');
  await fill(user, screen.getByLabelText(/^Title/), title);
  await fill(user, screen.getByLabelText('Body'), 'Show this at the counter.');
  if (actionUrl) await fill(user, screen.getByLabelText('Action URL'), actionUrl);
}

/**
 * The geofences drawn on the triggers step's map, in the order the API listed them. Click them with fireEvent: in
 * jsdom, Leaflet reads no position from user-event's pointer events and throws on the NaN it computes.
 */
async function mapShapes(): Promise<[Element, Element]> {
  const map = await screen.findByRole('region', { name: 'Map of geofences' });
  await waitFor(() => expect(map.querySelectorAll('path.geofence-shape')).toHaveLength(2));
  const [first, second] = map.querySelectorAll('path.geofence-shape');
  if (!first || !second) throw new Error('the map drew no geofences');
  return [first, second];
}

// Walking through the editor's steps in jsdom takes a few seconds; the default 5 s leaves too little slack.
describe('campaign editor', { timeout: 20_000 }, () => {
  it('keeps the marketer on the content step for a javascript: action URL and a 65-character title', async () => {
    const sent: CreateCampaignInput[] = [];
    server.use(
      shellHandler(),
      newCampaignHandler(),
      geofencesHandler(storeGeofences),
      mapGeofencesHandler(storeShapes),
      createHandler(sent),
    );
    const { user } = await renderApp(newPage);

    await fillContent(user, { title: 'x'.repeat(65), actionUrl: 'javascript:alert(1)' });
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByLabelText(/^Title/)).toBeInvalid();
    expect(screen.getByText('At most 64 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Action URL')).toBeInvalid();
    expect(screen.getByText('Use a secure web address starting with https://')).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Enter a place/ })).not.toBeInTheDocument();

    await fill(user, screen.getByLabelText(/^Title/), 'x'.repeat(64));
    await fill(user, screen.getByLabelText('Action URL'), 'http://acme.example/offer');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Action URL')).toBeInvalid();
    expect(screen.getByLabelText(/^Title/)).toBeValid();

    await fill(user, screen.getByLabelText('Action URL'), 'https://acme.example/offer');
    // The hint goes as soon as the address is fixed, not at the next click.
    expect(screen.getByLabelText('Action URL')).toBeValid();
    expect(screen.queryByText('Use a secure web address starting with https://')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('radio', { name: /Enter a place/ })).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('shows in the phone preview what the marketer types, with the body count', async () => {
    server.use(shellHandler(), newCampaignHandler());
    const { user } = await renderApp(newPage);

    const preview = await screen.findByRole('figure', { name: 'Notification preview' });
    expect(preview).toHaveTextContent('Acme Coffee');
    expect(preview).toHaveTextContent('Notification title');

    await user.type(screen.getByLabelText(/^Title/), 'Free croissant');
    await user.type(screen.getByLabelText('Body'), 'Today only');
    await fill(user, screen.getByLabelText('Image URL'), 'https://cdn.example/croissant.jpg');

    expect(preview).toHaveTextContent('Free croissant');
    expect(preview).toHaveTextContent('Today only');
    expect(preview).not.toHaveTextContent('Notification title');
    expect(within(preview).getByRole('img', { name: 'Notification image' })).toHaveAttribute(
      'src',
      'https://cdn.example/croissant.jpg',
    );
    expect(screen.getByText('10 / 240')).toBeInTheDocument();
  });

  it('saves a dwell campaign on a chosen geofence as a draft, with its schedule and cap', async () => {
    const sent: CreateCampaignInput[] = [];
    server.use(
      shellHandler(),
      newCampaignHandler(),
      geofencesHandler(storeGeofences),
      mapGeofencesHandler(storeShapes),
      createHandler(sent),
      detailHandler('MARKETER', () => campaign('c-new', 'Morning coffee')),
      statsHandler([], noEngagement),
    );
    const { user, router } = await renderApp(newPage);

    await fillContent(user, { actionUrl: 'https://acme.example/offer' });
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(await screen.findByRole('radio', { name: /Stay in a place/ }));
    const minutes = screen.getByLabelText('Minutes to stay');
    await user.clear(minutes);
    await user.type(minutes, '15');
    await screen.findByRole('checkbox', { name: /Main Street store/ });
    await user.type(screen.getByLabelText('Search geofences'), 'station');
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: /Main Street store/ })).not.toBeInTheDocument());
    await user.click(screen.getByRole('checkbox', { name: /Station kiosk/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(await screen.findByRole('button', { name: 'Add time window' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day of window 1' }), '6');
    await user.type(screen.getByLabelText('At most'), '2');
    await user.type(screen.getByLabelText('Per'), '24');
    await user.type(screen.getByLabelText('Minimum gap'), '60');
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'breakfast{Enter}');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const review = within(await screen.findByRole('region', { name: 'Triggers' }));
    expect(review.getByText('Stay in a place · 15 min')).toBeInTheDocument();
    expect(review.getByText('Station kiosk')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Schedule and cap' })).toHaveTextContent('Saturday 09:00–18:00');
    expect(screen.getByRole('region', { name: 'Audience size' })).toHaveTextContent(
      'Saved drafts show their audience size.',
    );
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    expect(await screen.findByRole('heading', { name: 'Morning coffee' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/t/tenant-acme/campaigns/c-new');
    expect(sent).toEqual([
      {
        tenantId: 'tenant-acme',
        name: 'Morning coffee',
        trigger: 'DWELL',
        dwellMinutes: 15,
        geofenceIds: ['g2'],
        beaconIds: [],
        content: {
          title: 'Coffee is on us',
          body: 'Show this at the counter.',
          imageUrl: null,
          actionUrl: 'https://acme.example/offer',
        },
        schedule: {
          startsAt: null,
          endsAt: null,
          timeWindows: [{ dayOfWeek: 6, startTime: '09:00', endTime: '18:00' }],
        },
        frequencyCap: { maxDeliveries: 2, perHours: 24 },
        minimumGapMinutes: 60,
        priority: 0,
        tags: ['breakfast'],
      },
    ]);
  });

  it("takes the marketer to the step and field the server's error names", async () => {
    server.use(
      shellHandler(),
      newCampaignHandler(),
      geofencesHandler(storeGeofences),
      mapGeofencesHandler(storeShapes),
      graphql.mutation<CreateCampaignMutation, CreateCampaignMutationVariables>('CreateCampaign', () =>
        graphqlError('BAD_USER_INPUT', 'content.actionUrl: this host is not allowed', 'content.actionUrl'),
      ),
    );
    const { user } = await renderApp(newPage);

    await fillContent(user, { actionUrl: 'https://blocked.example' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: /Main Street store/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Save as draft' }));

    const actionUrl = await screen.findByLabelText('Action URL');
    expect(actionUrl).toBeInvalid();
    expect(screen.getByText('This host is not allowed')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Coffee is on us');
  });

  it('edits a paused campaign with updateCampaign, starting from its saved settings', async () => {
    const sent: UpdateCampaignInput[] = [];
    const counted: string[] = [];
    const paused = campaign('c1', 'Morning coffee', { status: 'PAUSED', priority: 5, tags: ['breakfast'] });
    server.use(
      shellHandler(),
      graphql.query<EditCampaignPageQuery, EditCampaignPageQueryVariables>('EditCampaignPage', () =>
        HttpResponse.json({ data: { tenant: tenantWithRole('OWNER'), campaign: paused } }),
      ),
      geofencesHandler(storeGeofences),
      audienceSizeHandler(1280, (campaignId) => counted.push(campaignId)),
      graphql.mutation<UpdateCampaignMutation, UpdateCampaignMutationVariables>('UpdateCampaign', ({ variables }) => {
        sent.push(variables.input);
        return HttpResponse.json({ data: { updateCampaign: { ...paused, name: String(variables.input.name) } } });
      }),
      detailHandler('OWNER', () => paused),
      statsHandler([], noEngagement),
    );
    const { user, router } = await renderApp('/t/tenant-acme/campaigns/c1/edit');

    const name = await screen.findByLabelText(/Campaign name/);
    expect(name).toHaveValue('Morning coffee');
    await fill(user, name, 'Morning coffee, take two');
    await user.click(screen.getByRole('button', { name: /Review/ }));
    const audience = await screen.findByRole('region', { name: 'Audience size' });
    expect(await within(audience).findByText('1280')).toBeInTheDocument();
    expect(counted).toEqual(['c1']);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('toolbar', { name: 'Campaign actions' })).toBeInTheDocument();
    expect(currentPath(router)).toBe('/t/tenant-acme/campaigns/c1');
    expect(sent).toEqual([
      expect.objectContaining({
        id: 'c1',
        name: 'Morning coffee, take two',
        geofenceIds: ['g1'],
        priority: 5,
        tags: ['breakfast'],
      }),
    ]);
  });

  it('shows a small audience as "< 5", never as a number', async () => {
    server.use(
      shellHandler(),
      graphql.query<EditCampaignPageQuery, EditCampaignPageQueryVariables>('EditCampaignPage', () =>
        HttpResponse.json({ data: { tenant: tenantWithRole('MARKETER'), campaign: campaign('c1', 'Morning coffee') } }),
      ),
      audienceSizeHandler(null),
    );
    const { user } = await renderApp('/t/tenant-acme/campaigns/c1/edit');

    await user.click(await screen.findByRole('button', { name: /Review/ }));

    const audience = await screen.findByRole('region', { name: 'Audience size' });
    expect(await within(audience).findByText('< 5')).toBeInTheDocument();
  });

  it('selects a geofence clicked on the map in the checklist too, and takes it out on a second click', async () => {
    const sent: CreateCampaignInput[] = [];
    server.use(
      shellHandler(),
      newCampaignHandler(),
      geofencesHandler(storeGeofences),
      mapGeofencesHandler(storeShapes),
      createHandler(sent),
      detailHandler('MARKETER', () => campaign('c-new', 'Morning coffee')),
      statsHandler([], noEngagement),
    );
    const { user } = await renderApp(newPage);

    await fillContent(user);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const [mainStreet, station] = await mapShapes();
    const stationBox = await screen.findByRole('checkbox', { name: /Station kiosk/ });

    fireEvent.click(station);
    expect(stationBox).toBeChecked();
    expect(station).toHaveAttribute('stroke', selectedStroke);
    expect(screen.getByRole('checkbox', { name: /Main Street store/ })).not.toBeChecked();
    expect(screen.getByLabelText('Chosen geofences')).toHaveTextContent('Station kiosk');

    await user.click(screen.getByRole('checkbox', { name: /Main Street store/ }));
    fireEvent.click(station);
    expect(stationBox).not.toBeChecked();
    expect(mainStreet).toHaveAttribute('stroke', selectedStroke);
    expect(station).not.toHaveAttribute('stroke', selectedStroke);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByRole('heading', { name: 'Morning coffee' })).toBeInTheDocument();
    expect(sent).toEqual([expect.objectContaining({ geofenceIds: ['g1'] })]);
  });

  it('does not open the editor for an active campaign', async () => {
    server.use(
      shellHandler(),
      graphql.query<EditCampaignPageQuery, EditCampaignPageQueryVariables>('EditCampaignPage', () =>
        HttpResponse.json({
          data: {
            tenant: tenantWithRole('OWNER'),
            campaign: campaign('c1', 'Morning coffee', { status: 'ACTIVE' }),
          },
        }),
      ),
    );
    await renderApp('/t/tenant-acme/campaigns/c1/edit');

    expect(
      await screen.findByText(/Only draft or paused campaigns can be changed; this one is active/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/Campaign name/)).not.toBeInTheDocument();
  });
});
