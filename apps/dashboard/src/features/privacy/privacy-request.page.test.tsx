import type {
  CompletePrivacyRequestMutation,
  CompletePrivacyRequestMutationVariables,
  DenyPrivacyRequestMutation,
  DenyPrivacyRequestMutationVariables,
  DownloadAccessExportMutation,
  DownloadAccessExportMutationVariables,
  PrivacyRequestDetails_PrivacyRequestFragment,
  PrivacyRequestQuery,
  PrivacyRequestQueryVariables,
} from '@vicinity/schema/graphql';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shellHandler } from '../../test/fixtures';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { formatDateTime } from './format-date-time';
import { privacyRequest } from './privacy.fixtures';

const page = '/t/tenant-acme/privacy/req-1';

function requestHandler(current: () => PrivacyRequestDetails_PrivacyRequestFragment) {
  return graphql.query<PrivacyRequestQuery, PrivacyRequestQueryVariables>('PrivacyRequest', () =>
    HttpResponse.json({ data: { privacyRequest: current() } }),
  );
}

// jsdom's Blob has no text(); FileReader it has.
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}

describe('privacy request page', { timeout: 20_000 }, () => {
  describe('downloads', () => {
    const saved: { blob: Blob; filename: string }[] = [];
    const createObjectURL = URL.createObjectURL;
    const revokeObjectURL = URL.revokeObjectURL;

    beforeEach(() => {
      saved.length = 0;
      const blobs = new Map<string, Blob>();
      // jsdom can neither make object URLs nor download: record what would have been saved instead.
      URL.createObjectURL = (blob: Blob) => {
        const href = `blob:test/${blobs.size}`;
        blobs.set(href, blob);
        return href;
      };
      URL.revokeObjectURL = () => undefined;
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        if (blob) saved.push({ blob, filename: this.download });
      });
    });

    afterEach(() => {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      vi.restoreAllMocks();
    });

    it('offers the ACCESS export as a JSON download once the request is completed, with the date it goes', async () => {
      let request = privacyRequest({ type: 'ACCESS' });
      const exportJson = '{"profile":{"deviceId":"device-42"},"consents":[]}';
      const downloads: string[] = [];
      server.use(
        shellHandler(),
        requestHandler(() => request),
        graphql.mutation<DownloadAccessExportMutation, DownloadAccessExportMutationVariables>(
          'DownloadAccessExport',
          ({ variables }) => {
            downloads.push(String(variables.id));
            return HttpResponse.json({ data: { downloadAccessExport: exportJson } });
          },
        ),
        graphql.mutation<CompletePrivacyRequestMutation, CompletePrivacyRequestMutationVariables>(
          'CompletePrivacyRequest',
          () => {
            request = privacyRequest({
              type: 'ACCESS',
              status: 'COMPLETED',
              completedAt: '2025-03-05T10:00:00.000Z',
              closedAt: '2025-03-05T10:00:00.000Z',
              accessExportExpiresAt: '2025-04-04T10:00:00.000Z',
            });
            return HttpResponse.json({
              data: {
                completePrivacyRequest: {
                  __typename: 'CompletePrivacyRequestPayload',
                  request,
                  export: exportJson,
                  erased: [],
                },
              },
            });
          },
        ),
      );
      const { user } = await renderApp(page);

      await user.click(await screen.findByRole('button', { name: 'Complete' }));
      expect(screen.queryByRole('button', { name: 'Download export (JSON)' })).not.toBeInTheDocument();
      const dialog = screen.getByRole('dialog', { name: 'Complete request?' });
      await user.click(within(dialog).getByRole('button', { name: 'Complete request' }));

      await user.click(await screen.findByRole('button', { name: 'Download export (JSON)' }));
      const [download] = saved;
      expect(saved).toHaveLength(1);
      expect(download?.filename).toBe('access-export-req-1.json');
      expect(download?.blob.type).toBe('application/json');
      expect(download ? await readText(download.blob) : undefined).toBe(exportJson);
      expect(downloads).toEqual(['req-1']);
      expect(
        screen.getByText(new RegExp(`It can be downloaded until ${formatDateTime('2025-04-04T10:00:00.000Z')},`)),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Complete' })).not.toBeInTheDocument();
    });

    it('still offers the export after a reload, until it expires, and says so when it is gone', async () => {
      const request = privacyRequest({
        type: 'ACCESS',
        status: 'COMPLETED',
        completedAt: '2025-03-05T10:00:00.000Z',
        closedAt: '2025-03-05T10:00:00.000Z',
        accessExportExpiresAt: '2025-04-04T10:00:00.000Z',
      });
      server.use(
        shellHandler(),
        requestHandler(() => request),
        graphql.mutation('DownloadAccessExport', () =>
          HttpResponse.json({
            errors: [{ message: 'Access export not found', extensions: { code: 'NOT_FOUND' } }],
          }),
        ),
      );
      const { user } = await renderApp(page);
      await user.click(await screen.findByRole('button', { name: 'Download export (JSON)' }));
      expect(await screen.findByText(/Access export not found|no longer/i)).toBeInTheDocument();
      expect(saved).toHaveLength(0);
    });

    it('offers no export for a completed ACCESS request whose export is no longer kept', async () => {
      server.use(
        shellHandler(),
        requestHandler(() =>
          privacyRequest({ type: 'ACCESS', status: 'COMPLETED', completedAt: '2025-03-05T10:00:00.000Z' }),
        ),
      );
      await renderApp(page);
      expect(await screen.findByText('Closed')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Download export (JSON)' })).not.toBeInTheDocument();
    });
  });

  it('offers to extend the deadline only until it has been extended once', async () => {
    server.use(
      shellHandler(),
      requestHandler(() => privacyRequest({ extendedUntil: null })),
    );
    await renderApp(page);
    expect(await screen.findByRole('button', { name: 'Extend' })).toBeInTheDocument();
  });

  it('no longer offers the extension the law allows once, after it was used', async () => {
    server.use(
      shellHandler(),
      requestHandler(() =>
        privacyRequest({ status: 'IN_PROGRESS', extendedUntil: '2025-06-01T10:00:00.000Z', extensionReason: 'volume' }),
      ),
    );
    await renderApp(page);
    expect(await screen.findByRole('button', { name: 'Complete' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Extend' })).not.toBeInTheDocument();
  });

  it('does not deny a request until a reason is given, then sends the reason', async () => {
    let request = privacyRequest({ type: 'ERASURE' });
    const denials: DenyPrivacyRequestMutationVariables['input'][] = [];
    server.use(
      shellHandler(),
      requestHandler(() => request),
      graphql.mutation<DenyPrivacyRequestMutation, DenyPrivacyRequestMutationVariables>(
        'DenyPrivacyRequest',
        ({ variables }) => {
          denials.push(variables.input);
          request = privacyRequest({ type: 'ERASURE', status: 'DENIED', denialReason: variables.input.reason });
          return HttpResponse.json({ data: { denyPrivacyRequest: request } });
        },
      ),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Deny' }));
    const dialog = screen.getByRole('dialog', { name: 'Deny request?' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Deny request' }));

    expect(within(dialog).getByText(/Give the reason/)).toBeInTheDocument();
    expect(denials).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Identity could not be verified');
    await user.click(within(dialog).getByRole('button', { name: 'Deny request' }));

    expect(await screen.findByText('Identity could not be verified')).toBeInTheDocument();
    expect(denials).toEqual([{ id: 'req-1', reason: 'Identity could not be verified' }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Deny' })).not.toBeInTheDocument();
  });

  it('warns before an erasure and shows what was erased, by kind, afterwards', async () => {
    let request = privacyRequest({ type: 'ERASURE' });
    const erased = [
      { __typename: 'ErasedCount' as const, kind: 'EngagementEvent', count: 1200 },
      { __typename: 'ErasedCount' as const, kind: 'ConsentRecord', count: 3 },
    ];
    server.use(
      shellHandler(),
      requestHandler(() => request),
      graphql.mutation<CompletePrivacyRequestMutation, CompletePrivacyRequestMutationVariables>(
        'CompletePrivacyRequest',
        () => {
          request = privacyRequest({ type: 'ERASURE', status: 'COMPLETED', erased });
          return HttpResponse.json({
            data: {
              completePrivacyRequest: {
                __typename: 'CompletePrivacyRequestPayload',
                request,
                export: null,
                erased,
              },
            },
          });
        },
      ),
    );
    const { user } = await renderApp(page);

    await user.click(await screen.findByRole('button', { name: 'Complete' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase everything about this person?' });
    expect(dialog).toHaveTextContent('This cannot be undone');
    await user.click(within(dialog).getByRole('button', { name: 'Erase and complete' }));

    const receipt = await screen.findByRole('table', { name: 'Erasure receipt' });
    expect(within(receipt).getByRole('row', { name: /Engagement event/ })).toHaveTextContent(/1,?200/);
    expect(within(receipt).getByRole('row', { name: /Consent record/ })).toHaveTextContent('3');
    expect(screen.queryByRole('button', { name: 'Download export (JSON)' })).not.toBeInTheDocument();
  });
});
