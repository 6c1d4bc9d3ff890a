import 'reflect-metadata';
const { connectAndMigrate } = await import('../dist/database/connect.js');
const db = await connectAndMigrate('postgres://postgres@127.0.0.1:5432/jixiao_gen');
await db.undoLastMigration({ transaction: 'all' });
await db.undoLastMigration({ transaction: 'all' });
console.log((await db.query(`SELECT to_regclass('report_due') AS t, (SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%report_due%') AS n`)));
await db.runMigrations({ transaction: 'all' });
console.log((await db.query(`SELECT to_regclass('report_due') AS t, (SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%report_due%') AS n`)));
await db.destroy();
