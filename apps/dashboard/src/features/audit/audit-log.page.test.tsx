import type {
  AuditActorsQuery,
  AuditActorsQueryVariables,
  AuditLogQuery,
  AuditLogQueryVariables,
  AuditLogTable_AuditEntryFragment,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { graphqlError } from '../../test/graphql-responses';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const page = '/t/tenant-acme/audit';

function entry(
  id: string,
  overrides: Partial<AuditLogTable_AuditEntryFragment> = {},
): AuditLogTable_AuditEntryFragment {
  return {
    __typename: 'AuditEntry',
    id,
    at: '2025-03-01T10:00:00.000Z',
    actorType: 'operator',
    actorId: 'op-ada',
    actorName: 'Ada Lovelace',
    action: 'completePrivacyRequest',
    actionWords: 'Completed privacy request',
    targetId: `target-${id}`,
    targetKind: 'Privacy request',
    targetName: 'Erasure request',
    outcome: 'success',
    errorCode: null,
    ...overrides,
  };
}

function auditLog(entries: AuditLogTable_AuditEntryFragment[]): AuditLogQuery {
  return {
    auditLog: {
      __typename: 'AuditEntryConnection',
      totalCount: entries.length,
      edges: entries.map((node) => ({ __typename: 'AuditEntryEdge', cursor: `cursor-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  };
}

function actorsHandler() {
  return graphql.query<AuditActorsQuery, AuditActorsQueryVariables>('AuditActors', () =>
    HttpResponse.json({
      data: {
        members: [
          {
            __typename: 'Membership',
            id: 'm1',
            operator: { __typename: 'Operator', id: 'op-ada', name: 'Ada Lovelace' },
          },
          {
            __typename: 'Membership',
            id: 'm2',
            operator: { __typename: 'Operator', id: 'op-grace', name: 'Grace Hopper' },
          },
        ],
        auditActions: [
          { __typename: 'AuditAction', action: 'completePrivacyRequest', words: 'Completed privacy request' },
          { __typename: 'AuditAction', action: 'createGeofence', words: 'Created geofence' },
        ],
      },
    }),
  );
}

describe('audit log', { timeout: 20_000 }, () => {
  it('lists who did what with the outcome, and filters by actor on the server', async () => {
    const asked: AuditLogQueryVariables[] = [];
    server.use(
      shellHandler(),
      actorsHandler(),
      graphql.query<AuditLogQuery, AuditLogQueryVariables>('AuditLog', ({ variables }) => {
        asked.push(variables);
        if (variables.actorId === 'op-grace') {
          return HttpResponse.json({
            data: auditLog([
              entry('e3', {
                actorId: 'op-grace',
                actorName: 'Grace Hopper',
                action: 'reportChild',
                actionWords: 'Reported child',
                outcome: 'failure',
                errorCode: 'FORBIDDEN',
              }),
            ]),
          });
        }
        return HttpResponse.json({
          data: auditLog([
            entry('e1'),
            entry('e2', {
              actorType: 'api_key',
              actorId: null,
              actorName: null,
              action: 'upsertEndUser',
              actionWords: 'Saved end user',
              targetKind: 'End user',
              targetName: null,
            }),
          ]),
        });
      }),
    );
    const { user } = await renderApp(page);

    const table = await screen.findByRole('table', { name: 'Audit log' });
    const completed = within(table).getByRole('row', { name: /Completed privacy request/ });
    expect(completed).toHaveTextContent('Ada Lovelace');
    expect(completed).toHaveTextContent('Privacy request: Erasure request');
    const saved = within(table).getByRole('row', { name: /Saved end user/ });
    expect(saved).toHaveTextContent('Api key');
    expect(saved).toHaveTextContent('End user');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Actor' }), 'op-grace');

    const failed = await screen.findByRole('row', { name: /Reported child/ });
    expect(failed).toHaveTextContent('Grace Hopper');
    expect(failed).toHaveTextContent('Failure · FORBIDDEN');
    expect(asked.at(-1)).toMatchObject({ tenantId: 'tenant-acme', actorId: 'op-grace' });
  });

  it('filters by an action picked from the actions the log holds, by name in words', async () => {
    const asked: AuditLogQueryVariables[] = [];
    server.use(
      shellHandler(),
      actorsHandler(),
      graphql.query<AuditLogQuery, AuditLogQueryVariables>('AuditLog', ({ variables }) => {
        asked.push(variables);
        return HttpResponse.json({ data: auditLog([entry('e1')]) });
      }),
    );
    const { user } = await renderApp(page);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Action' }), 'Created geofence');

    await screen.findByRole('table', { name: 'Audit log' });
    expect(asked.at(-1)).toMatchObject({ tenantId: 'tenant-acme', action: 'createGeofence' });
  });

  it('tells other roles that only owners and privacy officers read it', async () => {
    server.use(
      shellHandler(),
      actorsHandler(),
      graphql.query<AuditLogQuery, AuditLogQueryVariables>('AuditLog', () => graphqlError('FORBIDDEN', 'no')),
    );
    await renderApp(page);

    expect(await screen.findByRole('alert')).toHaveTextContent(/Only owners and privacy officers/);
  });
});
