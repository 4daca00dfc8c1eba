import { Button, IconDownload, toast } from '@vicinity/ui';
import { useState } from 'react';
import { downloadFile } from './download-file';

export interface DownloadButtonProps {
  /** The export's path, with its query. */
  url: string;
  filename: string;
  label: string;
}

/** Downloads an export with the session's token; a failure says so in a toast and leaves the page as it was. */
export function DownloadButton({ url, filename, label }: DownloadButtonProps) {
  const [loading, setLoading] = useState(false);

  async function handleClick() {
    setLoading(true);
    try {
      await downloadFile(url, filename);
    } catch (caught) {
      toast.error(caught instanceof Error ? caught.message : 'The export failed.', 'Export failed');
    } finally {
      setLoading(false);
    }
  }

  return (
    <Button
      variant="secondary"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={loading}
      onClick={() => void handleClick()}
    >
      {label}
    </Button>
  );
}
