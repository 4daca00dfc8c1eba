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
    targetId: `target-${id}`,
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
                outcome: 'failure',
                errorCode: 'FORBIDDEN',
              }),
            ]),
          });
        }
        return HttpResponse.json({
          data: auditLog([
            entry('e1'),
            entry('e2', { actorType: 'api_key', actorId: null, actorName: null, action: 'upsertEndUser' }),
          ]),
        });
      }),
    );
    const { user } = await renderApp(page);

    const table = await screen.findByRole('table', { name: 'Audit log' });
    expect(within(table).getByRole('row', { name: /completePrivacyRequest/ })).toHaveTextContent('Ada Lovelace');
    expect(within(table).getByRole('row', { name: /upsertEndUser/ })).toHaveTextContent('Api key');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Actor' }), 'op-grace');

    const failed = await screen.findByRole('row', { name: /reportChild/ });
    expect(failed).toHaveTextContent('Grace Hopper');
    expect(failed).toHaveTextContent('Failure · FORBIDDEN');
    expect(asked.at(-1)).toMatchObject({ tenantId: 'tenant-acme', actorId: 'op-grace' });
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
