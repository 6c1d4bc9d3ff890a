import { graphql } from '../../../generated';

export const AGENCY_CHECK_ROW = graphql(`
  fragment AgencyCheckRow on AgencyCheck {
    id
    version
    year
    kind
    status
    leadSource
    subjectKind
    subjectName
    subjectCode
    agencyName
    drawSeed
    drawPool
    outcome
    findings
    deduction
    openedOn
    concludedOn
  }
`);

/** The checks of a year's agency work the viewer may see (an agency: those of its own work). */
export const AGENCY_CHECKS = graphql(`
  query AgencyChecks($year: Int!) {
    agencyChecks(year: $year) {
      ...AgencyCheckRow
    }
  }
`);

/** The county's agencies (to pick one). */
export const AGENCY_WORK = graphql(`
  query AgencyWork {
    agencies {
      id
      code
      name
    }
  }
`);

/** What a targeted check may be about: an agency's key evaluations and ex-ante re-assessments of the year. */
export const AGENCY_CHECKABLE_WORK = graphql(`
  query AgencyCheckableWork($year: Int!, $agencyId: ID) {
    agencyCheckableWork(year: $year, agencyId: $agencyId) {
      subjectKind
      subjectId
      projectCode
      name
      unitName
    }
  }
`);

export const RECORD_TARGETED_CHECK = graphql(`
  mutation RecordTargetedAgencyCheck($input: TargetedAgencyCheckInput!) {
    recordTargetedAgencyCheck(input: $input) {
      ...AgencyCheckRow
    }
  }
`);

export const DRAW_RANDOM_CHECK = graphql(`
  mutation DrawAgencyRandomCheck($year: Int!, $agencyId: ID, $count: Int) {
    drawAgencyRandomCheck(year: $year, agencyId: $agencyId, count: $count) {
      ...AgencyCheckRow
    }
  }
`);

export const CONCLUDE_CHECK = graphql(`
  mutation ConcludeAgencyCheck($id: ID!, $input: AgencyCheckConclusionInput!, $version: Int!) {
    concludeAgencyCheck(id: $id, input: $input, version: $version) {
      ...AgencyCheckRow
    }
  }
`);
