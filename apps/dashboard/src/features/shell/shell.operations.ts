import { graphql } from '@vicinity/schema/gql';

export const DashboardShellQuery = graphql(`
  query DashboardShell {
    me {
      id
      name
      email
    }
    tenants {
      id
      name
    }
  }
`);
