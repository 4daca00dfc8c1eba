import { conflict, notFound } from '../../graphql/app-error';

export const noSuchOperator = () => notFound('Operator with this email (they must sign up first)');
export const alreadyMember = () => conflict('This operator is already a member of the tenant', 'email');
export const lastOwner = () => conflict('A tenant always keeps an OWNER: make someone else OWNER first');
