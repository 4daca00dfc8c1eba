import { z } from 'zod';
import { getToken } from '../auth/auth-token';

const importReportSchema = z.object({
  imported: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});

export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportRowError = ImportReport['errors'][number];

export interface UploadCsvOptions {
  url: string;
  file: File;
  /** Share of the file sent so far, 0..1. */
  onProgress: (fraction: number) => void;
  /** The whole file is sent; the server is now checking and importing it. */
  onUploaded: () => void;
}

function failureMessage(status: number, serverMessage: string | undefined): string {
  switch (status) {
    case 0:
      return 'The upload failed. Check your connection and try again.';
    case 401:
      return 'Your session has ended. Log in again.';
    case 403:
      return "Your role in this tenant doesn't allow importing.";
    case 404:
      return 'This tenant was not found.';
    case 413:
      return 'The file is too large: at most 10 MB.';
    default:
      return serverMessage ?? 'The server could not import the file. Try again.';
  }
}

function serverMessageOf(body: string): string | undefined {
  try {
    const parsed = z.object({ error: z.string() }).safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    return undefined;
  }
}

// XMLHttpRequest rather than fetch: only it reports upload progress.
export function uploadCsv({ url, file, onProgress, onUploaded }: UploadCsvOptions): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', 'text/csv');
    const token = getToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onUploaded();
    request.onload = () => {
      if (request.status !== 200) {
        reject(new Error(failureMessage(request.status, serverMessageOf(request.responseText))));
        return;
      }
      try {
        resolve(importReportSchema.parse(JSON.parse(request.responseText)));
      } catch {
        reject(new Error('The server answered with a report this page cannot read.'));
      }
    };
    request.onerror = () => reject(new Error(failureMessage(0, undefined)));
    request.send(file);
  });
}
