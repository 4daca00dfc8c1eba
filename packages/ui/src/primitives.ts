// Layout and typography primitives pages compose with; re-exported so apps use one UI dependency.
export { Alert, Anchor, Badge, Card, Center, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
export { Box, Code, Divider, Image, Table } from '@mantine/core';
export { Grid, Progress, Tabs, UnstyledButton } from '@mantine/core';
