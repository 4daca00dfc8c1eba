import { badInput } from '../../graphql/app-error';

export const minimumAgeLowered = (current: number) =>
  badInput('minimumAge', `minimumAge may only be raised; it is ${current} now`);
