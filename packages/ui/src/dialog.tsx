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

/**
 * A modal dialog named by its title. Its header is a plain block, not a `<header>`: screen readers would otherwise
 * list a second banner landmark beside the page's own.
 */
export function Dialog({ opened, onClose, title, children, dismissible = true }: DialogProps) {
  return (
    <Modal.Root
      opened={opened}
      onClose={onClose}
      centered
      closeOnClickOutside={dismissible}
      closeOnEscape={dismissible}
    >
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          {dismissible ? <Modal.CloseButton aria-label="Close dialog" /> : null}
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
