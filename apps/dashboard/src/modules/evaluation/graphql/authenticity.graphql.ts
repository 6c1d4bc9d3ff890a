import { graphql } from '../../../generated';

export const AUTHENTICITY_SAMPLE_FIELDS = graphql(`
  fragment WorkAuthenticitySampleFields on AuthenticitySampleInfo {
    year
    seed
    population
    checks {
      id
      position
      result
      note
      version
      evaluation {
        id
        score
        grade
        uncappedGrade
        cappedBecause {
          zh
          en
        }
        authenticityFailed
        project {
          id
          code
          name
        }
        unit {
          id
          name
        }
      }
    }
  }
`);

/**
 * The year's authenticity sample (null until drawn), the population a draw would sample (the year's final
 * self-evaluations) and the year's rules (the minimum share sampled).
 */
export const AUTHENTICITY_SAMPLE = graphql(`
  query AuthenticitySample($year: Int!) {
    authenticitySample(year: $year) {
      ...WorkAuthenticitySampleFields
    }
    finalSelfEvaluations: evaluations(first: 1, filter: { year: $year, kind: SELF, status: FINAL }) {
      totalCount
    }
    ruleSet(year: $year) {
      rules
    }
  }
`);

/**
 * The samples of the years either side, for the checks still to record there: the to-do counts them all,
 * and the tab shows one year (the checks of a year's self-evaluations are done the year after).
 */
export const AUTHENTICITY_NEIGHBOURS = graphql(`
  query AuthenticityNeighbours($previous: Int!, $next: Int!) {
    previous: authenticitySample(year: $previous) {
      year
      checks {
        id
        result
      }
    }
    next: authenticitySample(year: $next) {
      year
      checks {
        id
        result
      }
    }
  }
`);

export const DRAW_AUTHENTICITY_SAMPLE = graphql(`
  mutation DrawAuthenticitySample($year: Int!, $seed: String!) {
    drawAuthenticitySample(year: $year, seed: $seed) {
      ...WorkAuthenticitySampleFields
    }
  }
`);

export const RECORD_AUTHENTICITY_RESULT = graphql(`
  mutation RecordAuthenticityResult($id: ID!, $passed: Boolean!, $note: String!, $version: Int!) {
    recordAuthenticityResult(id: $id, passed: $passed, note: $note, version: $version) {
      id
      score
      grade
      uncappedGrade
      cappedBecause {
        zh
        en
      }
      authenticityFailed
      project {
        id
        code
        name
      }
    }
  }
`);
