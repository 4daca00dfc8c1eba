import type {
  CreatePrivacyRequestMutation,
  CreatePrivacyRequestMutationVariables,
  PrivacyRequestQuery,
  PrivacyRequestQueryVariables,
  PrivacyRequestsQuery,
  PrivacyRequestsQueryVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { currentPath, renderApp } from '../../test/render-app';
import { privacyRequest, queuedRequest, requestQueue } from './privacy.fixtures';

const page = '/t/tenant-acme/privacy';

function queueHandler(answer: (variables: PrivacyRequestsQueryVariables) => PrivacyRequestsQuery) {
  return graphql.query<PrivacyRequestsQuery, PrivacyRequestsQueryVariables>('PrivacyRequests', ({ variables }) =>
    HttpResponse.json({ data: answer(variables) }),
  );
}

describe('privacy center', { timeout: 20_000 }, () => {
  it('colours due dates by the days left: green from 10, amber below 10, red below 5, red and overdue after', async () => {
    server.use(
      shellHandler(),
      queueHandler(() =>
        requestQueue([
          queuedRequest('overdue', { daysLeft: -2 }),
          queuedRequest('urgent', { daysLeft: 3 }),
          queuedRequest('soon', { daysLeft: 7 }),
          queuedRequest('calm', { daysLeft: 12 }),
        ]),
      ),
    );
    await renderApp(page);

    const table = await screen.findByRole('table', { name: 'Privacy requests' });
    const badgeIn = (subject: string) =>
      within(within(table).getByRole('row', { name: new RegExp(subject) }))
        .getByText(/left|Overdue|today/)
        .closest('[data-urgency]');

    expect(badgeIn('device calm')).toHaveTextContent('12 days left');
    expect(badgeIn('device calm')).toHaveAttribute('data-urgency', 'on-track');
    expect(badgeIn('device soon')).toHaveTextContent('7 days left');
    expect(badgeIn('device soon')).toHaveAttribute('data-urgency', 'soon');
    expect(badgeIn('device urgent')).toHaveTextContent('3 days left');
    expect(badgeIn('device urgent')).toHaveAttribute('data-urgency', 'urgent');
    expect(badgeIn('device overdue')).toHaveTextContent('Overdue by 2 days');
    expect(badgeIn('device overdue')).toHaveAttribute('data-urgency', 'overdue');
  });

  it('tells apart two subjects whose masked identifiers read alike by their references', async () => {
    server.use(
      shellHandler(),
      queueHandler(() =>
        requestQueue([
          queuedRequest('kim', { subjectLabel: 'device •••', subjectReference: '3FA9C1' }),
          queuedRequest('lou', { subjectLabel: 'device •••', subjectReference: '81D07E' }),
        ]),
      ),
    );
    await renderApp(page);

    const table = await screen.findByRole('table', { name: 'Privacy requests' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([
      'device ••• ref 3FA9C1',
      'device ••• ref 81D07E',
    ]);
  });

  it('asks the server for overdue requests only when the filter is on', async () => {
    const asked: PrivacyRequestsQueryVariables[] = [];
    server.use(
      shellHandler(),
      queueHandler((variables) => {
        asked.push(variables);
        return requestQueue(variables.overdue ? [queuedRequest('late', { daysLeft: -4 })] : []);
      }),
    );
    const { user, router } = await renderApp(page);

    expect(await screen.findByText('No privacy requests')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Overdue only' }));

    expect(await screen.findByText('Overdue by 4 days')).toBeInTheDocument();
    expect(asked.at(-1)).toMatchObject({ tenantId: 'tenant-acme', overdue: true });
    expect(currentPath(router)).toBe(`${page}?overdue=true`);
  });

  it('records a new request only once the person is identified, then opens it', async () => {
    let sent: CreatePrivacyRequestMutationVariables['input'] | undefined;
    server.use(
      shellHandler(),
      queueHandler(() => requestQueue([])),
      graphql.mutation<CreatePrivacyRequestMutation, CreatePrivacyRequestMutationVariables>(
        'CreatePrivacyRequest',
        ({ variables }) => {
          sent = variables.input;
          return HttpResponse.json({
            data: { createPrivacyRequest: privacyRequest({ id: 'req-new', type: 'RESTRICTION' }) },
          });
        },
      ),
      graphql.query<PrivacyRequestQuery, PrivacyRequestQueryVariables>('PrivacyRequest', () =>
        HttpResponse.json({ data: { privacyRequest: privacyRequest({ id: 'req-new', type: 'RESTRICTION' }) } }),
      ),
    );
    const { user, router } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'New request' }));
    const dialog = screen.getByRole('dialog', { name: 'New privacy request' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type' }), 'RESTRICTION');
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));

    expect(
      within(dialog).getByText('Identify the person by device id, external id or email (at least one).'),
    ).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.type(within(dialog).getByLabelText('Email'), 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    expect(within(dialog).getByText('Enter an email address like name@example.com')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await user.clear(within(dialog).getByLabelText('Email'));
    await user.type(within(dialog).getByLabelText('Device id'), 'device-42');
    await user.click(within(dialog).getByRole('switch', { name: /Lift instead of set/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));

    expect(await screen.findByRole('heading', { name: 'Restriction request' })).toBeInTheDocument();
    expect(sent).toEqual({
      tenantId: 'tenant-acme',
      type: 'RESTRICTION',
      subject: { deviceId: 'device-42' },
      lift: true,
    });
    expect(currentPath(router)).toBe('/t/tenant-acme/privacy/req-new');
  });

  it('tells a role without privacy access that only owners and privacy officers handle requests', async () => {
    server.use(
      shellHandler(),
      graphql.query<PrivacyRequestsQuery, PrivacyRequestsQueryVariables>('PrivacyRequests', () =>
        graphqlError('FORBIDDEN', 'privacy roles only'),
      ),
    );
    await renderApp(page);

    expect(await screen.findByRole('alert')).toHaveTextContent(/Only owners and privacy officers/);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New request' })).not.toBeInTheDocument();
  });
});
