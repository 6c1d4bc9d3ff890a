// The public entry of user administration for other features: a user's checks and insert, shared with the
// import of users (one rule).
export { checkDeactivate, checkUser, insertUser, scopeFields } from './user-checks.js';
