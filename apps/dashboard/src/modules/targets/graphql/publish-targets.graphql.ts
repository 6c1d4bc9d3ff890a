import { graphql } from '../../../generated';

/** Approved targets, to publish (`published: false`) or already public, a page at a time. */
export const PUBLISH_QUEUE = graphql(`
  query PublishQueue($published: Boolean!, $search: String, $first: Int, $after: String) {
    projects(
      first: $first
      after: $after
      filter: { targetStatus: APPROVED, targetsPublished: $published, search: $search, classified: false }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          year
          budget
          targetsPublishedOn
          unit {
            id
            name
            classified
          }
          indicators {
            id
          }
          targetAdjustments {
            id
            status
            decidedOn
          }
        }
      }
    }
  }
`);

export const PUBLISH_TARGETS = graphql(`
  mutation PublishTargets($projectIds: [ID!]!) {
    publishTargets(projectIds: $projectIds)
  }
`);
