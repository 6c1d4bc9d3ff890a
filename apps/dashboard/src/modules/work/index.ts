// The work bench's kit, for the screens of the steps of the year: one step runs as one action
// (useWorkAction), its failure shows on the form (FailureBanner, FieldError, TextField), its buttons
// and tables look alike (FormActions). The work page itself (WorkPage) is loaded
// by the router, and the to-do panel is shown on the home pages.
export { FailureBanner, FieldError, errorId, fieldProps, OtherYears } from './components/FormPieces';
export { FormActions } from './components/FormActions';
export { PassOrReturn, ReturnForm } from './components/ReturnForm';
export { RowButton } from './components/RowButton';
export { TextField } from './components/TextField';
export { TodoPanel } from './components/TodoPanel';
export { usePanelStatus } from './hooks/usePanelStatus';
export { useWorkAction } from './hooks/useWorkAction';
export { useReturning } from './hooks/useReturning';
export { cleanAmount } from './amounts';
export { mutationFailure, type MutationFailure } from './mutation-errors';
export { workPath, type WorkTab } from './todo-links';
