import { Box, Group, IconBell, Image, Paper, Stack, Text } from '@vicinity/ui';

export interface PhonePreviewProps {
  appName: string;
  title: string;
  body: string;
  imageUrl: string;
}

// Only secure addresses are loaded: the preview must not fetch what the API would refuse anyway.
function previewableImage(url: string): string | null {
  return url.trim().startsWith('https://') ? url.trim() : null;
}

/** A lock screen showing the notification as the end user will roughly see it. */
export function PhonePreview({ appName, title, body, imageUrl }: PhonePreviewProps) {
  const image = previewableImage(imageUrl);
  return (
    <Box
      role="figure"
      aria-label="Notification preview"
      style={{
        width: 280,
        maxWidth: '100%',
        borderRadius: 36,
        padding: '48px 14px 64px',
        background: 'linear-gradient(160deg, #134e4a 0%, #0f766e 45%, #1e293b 100%)',
        border: '6px solid #0f172a',
        boxShadow: 'var(--mantine-shadow-md)',
      }}
    >
      <Stack gap={2} align="center" mb="lg" c="white" aria-hidden>
        <Text size="xs" fw={500} c="white">
          Today
        </Text>
        <Text fw={300} c="white" style={{ fontSize: 48, lineHeight: 1 }}>
          9:41
        </Text>
      </Stack>
      <Paper radius="lg" p="sm" style={{ background: 'rgba(255, 255, 255, 0.92)', color: '#0f172a' }}>
        <Group gap={6} mb={4} wrap="nowrap">
          <IconBell size={14} aria-hidden />
          <Text size="xs" tt="uppercase" fw={600} c="#475569" truncate>
            {appName}
          </Text>
          <Text size="xs" c="#64748b" ml="auto">
            now
          </Text>
        </Group>
        <Text size="sm" fw={700} c="#0f172a" style={{ wordBreak: 'break-word' }}>
          {title.trim() || 'Notification title'}
        </Text>
        {body.trim() ? (
          <Text size="sm" c="#1e293b" style={{ wordBreak: 'break-word' }} lineClamp={4}>
            {body}
          </Text>
        ) : null}
        {image ? <Image src={image} alt="Notification image" radius="md" mt="xs" h={120} fit="cover" /> : null}
      </Paper>
    </Box>
  );
}
