import {
  createTheme,
  darken,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * Mantine's teal with darker shades 7–9: the filled shade (8) carries white text, and is text on white, at 5:1, above
 * WCAG AA's 4.5:1 (Mantine's own teal-6 gives 2.55:1).
 */
const teal: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0ca678',
  '#087f5b',
  '#065f44',
];

export const theme = createTheme({
  colors: { teal },
  primaryColor: 'teal',
  primaryShade: 8,
  // Text on a filled colour turns black when white would fall below 4.5:1 (green, orange, yellow at shade 8).
  autoContrast: true,
  luminanceThreshold: 0.2,
  respectReducedMotion: true,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      // Mantine sets a titled notification's text in gray-6 itself, bypassing the dimmed colour.
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});

/**
 * Dimmed and placeholder text at 6:1 on white (Mantine's gray-6 gives 3.3:1) and above 4.5:1 on dark surfaces; the
 * light variant's text (badges, alerts) 30% darker than shade 9, which brings yellow, lime, green, orange and teal
 * from 2.7–4.3:1 to at least 4.7:1 on their light backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#5c636a',
    // A field's error text and label in red-9, 5.6:1 on white (Mantine's red-6 gives 3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        darken(shades[9], 0.3),
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-1)',
  },
});
