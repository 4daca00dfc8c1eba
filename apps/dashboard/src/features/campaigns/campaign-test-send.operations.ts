import { graphql } from '@vicinity/schema/gql';

export const CampaignTestSendPlacesQuery = graphql(`
  query CampaignTestSendPlaces($id: ID!) {
    campaign(id: $id) {
      id
      geofences {
        id
        name
        center {
          latitude
          longitude
        }
        polygon {
          latitude
          longitude
        }
      }
    }
  }
`);

export const CampaignTestSendQuery = graphql(`
  query CampaignTestSend($input: CampaignTestSendInput!) {
    campaignTestSend(input: $input) {
      eligible
      explanation
      offered
      campaignNote
      offers {
        campaignId
        title
      }
    }
  }
`);
