import 'reflect-metadata';
const { connectAndMigrate } = await import('../dist/database/connect.js');
const db = await connectAndMigrate('postgres://postgres@127.0.0.1:5432/jixiao_bench');
const log = await db.driver.createSchemaBuilder().log();
console.log('UP'); for (const q of log.upQueries) console.log(q.query);
console.log('DOWN'); for (const q of log.downQueries) console.log(q.query);
await db.destroy();
