// The tests' own SQL oracles read dates as the server does: its pool sets the session time zone to the
// county's (Asia/Shanghai), so a test's `current_date` must too, or from 16:00 to 24:00 UTC every expected
// "days overdue" is one day short (a CI run at 00:57 Beijing time failed so). libpq and node-postgres
// both read PGOPTIONS; a connection that sets its own options (the server's pool) keeps them.
import { BUSINESS_TIME_ZONE } from '../../src/rules/calendar.js';

process.env.PGOPTIONS = `-c timezone=${BUSINESS_TIME_ZONE}`;
