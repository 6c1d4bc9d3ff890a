// 登录: the session (who is logged in, log in and out) and the gate that shows the login page until then.
export { SessionGate } from './components/SessionGate';
export { SessionProvider, useSession } from './hooks/useSession';
export { authToken } from './auth-token';
