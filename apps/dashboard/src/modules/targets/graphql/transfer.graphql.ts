import { graphql } from '../../../generated';

/** The region's transfer payments of a year: each upper target with its split (rows in scope, sums over all). */
export const TRANSFER_PAYMENTS = graphql(`
  query TransferPayments($year: Int!) {
    transferPayments(year: $year) {
      id
      year
      documentNo
      name
      amount
      splitConfirmedOn
      version
      ok
      indicators {
        id
        level1
        level2
        name
        comparator
        unitOfMeasure
        upperValue
        splitSum
        difference
        ok
        splitCount
        splits {
          projectId
          projectCode
          projectName
          unitName
          indicatorId
          indicatorName
          value
          targetStatus
        }
      }
    }
  }
`);

export const CONFIRM_TRANSFER_SPLIT = graphql(`
  mutation ConfirmTransferSplit($id: ID!, $version: Int!) {
    confirmTransferSplit(id: $id, version: $version) {
      id
      version
      splitConfirmedOn
      ok
    }
  }
`);
