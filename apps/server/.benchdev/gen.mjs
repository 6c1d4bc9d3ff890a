import 'reflect-metadata';
import { startTestCluster, createTemplate, dropDatabase } from '/work/main/apps/server/dist/testing/harness.js';
import { generateProvince, printTableSizes } from '/work/main/apps/server/dist/bench/scale-data.js';
const n = Number(process.env.N ?? 100000);
const cluster = await startTestCluster();
let name;
try {
  let t = performance.now();
  name = await createTemplate(cluster.adminUrl, { demo: false });
  console.log('template', Math.round(performance.now() - t));
  const u = new URL(cluster.adminUrl); u.pathname = '/' + name;
  const res = await generateProvince(u.toString(), { projects: n, prefectures: 14, counties: 100, unitsPerCounty: 60, indicatorsPerProject: Number(process.env.IND ?? 4), year: 2023 }, console.log);
  console.log(JSON.stringify(res.users, null, 1));
  await printTableSizes(u.toString(), console.log);
  if (process.env.KEEP) { console.log(u.toString()); await new Promise(r => setTimeout(r, Number(process.env.KEEP)*1000)); }
} finally {
  if (name) await dropDatabase(cluster.adminUrl, name);
  await cluster.stop();
}
