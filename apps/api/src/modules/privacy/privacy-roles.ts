import { Role } from '../auth/role';

/** Who may see and answer data-subject requests, end-user profiles, retention and the audit log. */
export const PRIVACY_ROLES: readonly Role[] = [Role.OWNER, Role.PRIVACY_OFFICER];
