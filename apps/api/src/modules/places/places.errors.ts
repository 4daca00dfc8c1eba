import { badInput, conflict } from '../../graphql/app-error';

export const duplicateBeacon = () =>
  conflict('A beacon with this uuid, major and minor already exists in this tenant', 'uuid');
export const archived = (what: string) => badInput('id', `This ${what} is archived and cannot be changed`);
