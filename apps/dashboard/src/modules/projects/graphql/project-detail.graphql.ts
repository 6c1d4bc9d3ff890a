import { graphql } from '../../../generated';

export const PROJECT_DETAIL = graphql(`
  query ProjectDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Project {
        code
        name
        year
        budget
        budgetedOn
        fundFamily
        isKey
        kind
        inAnnualBudget
        purchaseOfServices
        targetStatus
        unit {
          id
          code
          name
          classified
          section {
            id
            code
            name
            regionCode
          }
        }
        indicators {
          id
          level1
          level2
          name
          comparator
          targetValue
          targetText
          unitOfMeasure
          weight
          isKey
          custom
        }
        monitoringReports {
          id
          checkpoint {
            month
            periodEnd
            elapsedNumerator
            elapsedDenominator
          }
          budget
          executed
          executionRate
          failed
          failureReasons {
            code
            indicatorIndex
          }
          status
          submittedOn
          indicatorActuals {
            indicator {
              id
            }
            plannedValue
            actualValue
            explanation
            verdict
            deviation
          }
        }
        flags {
          id
          level
          status
          deadline
          closedOn
          daysOverdue
          ownerName
          rectificationPlan
          evidence
          proposedReduction
          raisedAt {
            month
          }
          escalatedAt {
            month
          }
          events {
            kind
            level
            note
            occurredOn
          }
        }
        evaluations {
          id
          kind
          year
          score
          expertScore
          grade
          uncappedGrade
          status
          evaluatedOn
          reportName
          authenticityFailed
          caps {
            code
            zh
            en
            applied
          }
          cappedBecause {
            zh
            en
          }
          findings {
            id
            category
            text
            suggestion
            upheld
          }
          agency {
            id
            name
          }
        }
        supervisionFindings {
          id
          kind
          source
          foundOn
          documentNo
          description
          status
          withdrawnReason
          version
        }
        fundRecalls {
          id
          reason
          status
          proposedAmount
          decidedAmount
          proposedOn
          decidedOn
          proposalNote
          decisionNote
          version
        }
        recallableAmount
        resultApplications {
          id
          targetYear
          grade
          cutShare
          baseBudget
          proposedCut
          acceptedCut
          status
          reason
        }
      }
    }
  }
`);
