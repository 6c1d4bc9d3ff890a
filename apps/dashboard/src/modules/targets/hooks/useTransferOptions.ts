import { useQuery } from '@apollo/client/react';
import { TRANSFER_PAYMENTS } from '../graphql/transfer.graphql';
import { transferOptions, type TransferOption } from '../transfer-form';

/** The upper targets a TRANSFER_PAYMENT project's rows may carry a share of, for the targets editor. */
export function useTransferOptions(project: { id: string; year: number; fundFamily: string }): TransferOption[] | null {
  const transfer = project.fundFamily === 'TRANSFER_PAYMENT';
  const { data } = useQuery(TRANSFER_PAYMENTS, { variables: { year: project.year }, skip: !transfer });
  if (!transfer) return null;
  return transferOptions(data?.transferPayments ?? [], project.id);
}
