// The icons the dashboard's navigation uses, so apps need not depend on the icon set themselves.
export { IconBuilding, IconHome, IconKey, IconPlus, IconUsers } from '@tabler/icons-react';
