import { notifications } from '@mantine/notifications';

export const toast = {
  success(message: string, title?: string): void {
    notifications.show({ color: 'teal', title, message });
  },
  error(message: string, title = 'Something went wrong'): void {
    notifications.show({ color: 'red', title, message, autoClose: 8000 });
  },
  /** Removes every toast at once, e.g. between tests that share the notification store. */
  clearAll(): void {
    notifications.clean();
  },
};
