import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Off for dialogs the user must acknowledge explicitly (e.g. a secret shown once). */
  dismissible?: boolean;
}

export function Dialog({ opened, onClose, title, children, dismissible = true }: DialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeOnClickOutside={dismissible}
      closeOnEscape={dismissible}
      withCloseButton={dismissible}
    >
      {children}
    </Modal>
  );
}
