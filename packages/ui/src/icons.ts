// The icons the dashboard's navigation uses, so apps need not depend on the icon set themselves.
export { IconBuilding, IconHome, IconKey, IconPlus, IconUsers } from '@tabler/icons-react';
export {
  IconArchive,
  IconArrowLeft,
  IconBell,
  IconChartLine,
  IconCopy,
  IconPencil,
  IconSpeakerphone,
  IconTrash,
} from '@tabler/icons-react';
export { IconDownload, IconMapPin, IconUpload } from '@tabler/icons-react';
export { IconFileText, IconSettings, IconShieldLock, IconUserSearch } from '@tabler/icons-react';
export { IconWebhook } from '@tabler/icons-react';
