import type { Context } from '../../context';
import type { PolicyTenant } from '../../policy/decide';
import { eligibleEndUsersSql } from '../../policy/eligible-end-users.sql';
import { consentGrantedSql, locationBasisSql, processableEndUsersSql } from '../../policy/opt-in-end-users.sql';
import { ConsentPurpose } from '../../policy/policy-enums';
import { statCount } from '../engagement/small-cohort';
import type { AudienceOverview, OptInFigure } from './tenant-overview.types';

type Row = {
  end_users: number | string;
  location: number | string | null;
  marketing: number | string | null;
  reachable: number | string | null;
};

/** How many of the tenant's end users opted in, in one pass over end_user, by the policy's own SQL. */
export async function audienceOverview(
  ctx: Context,
  tenant: { id: string; policy: PolicyTenant },
  now: Date,
): Promise<AudienceOverview> {
  const processable = processableEndUsersSql('u', tenant.policy, now);
  const eligible = eligibleEndUsersSql('u', tenant.policy, now);
  const sql = `
    select count(*) as end_users,
      sum(case when ${processable.sql} and ${locationBasisSql('u')} then 1 else 0 end) as location,
      sum(case when ${processable.sql} and ${consentGrantedSql('u', ConsentPurpose.MARKETING)} then 1 else 0 end) as marketing,
      sum(case when ${eligible.sql} then 1 else 0 end) as reachable
    from end_user u
    where u.tenant_id = ?`;
  const [row] = (await ctx.em
    .getConnection()
    .execute(sql, [...processable.params, ...processable.params, ...eligible.params, tenant.id])) as Row[];
  const endUsers = Number(row?.end_users ?? 0);
  const figure = (n: number | string | null | undefined): OptInFigure => {
    const count = statCount(Number(n ?? 0), Number(n ?? 0));
    return { count, rate: count.value !== null && endUsers > 0 ? count.value / endUsers : null };
  };
  return {
    endUsers,
    location: figure(row?.location),
    marketing: figure(row?.marketing),
    reachable: figure(row?.reachable),
  };
}
