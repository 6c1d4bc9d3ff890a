import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserAdministration1796461815351 implements MigrationInterface {
  name = 'UserAdministration1796461815351';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_b22d8a7a104591bd948a121aa2"`);
    await q.query(
      `CREATE TABLE "demo_state" ("id" integer NOT NULL DEFAULT '1', "bi_token" character varying(100) NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_c08ff0562d71bce1696e600457" CHECK ("id" = 1), CONSTRAINT "PK_c20a0c6d6b901d56c709861d43d" PRIMARY KEY ("id"))`,
    );
    await q.query(`ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "app_user" ADD "session_epoch" integer NOT NULL DEFAULT '0'`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_b5493c179faec14402fb313295" CHECK ("role" <> 'ADMIN' OR ("section_id" IS NULL AND "unit_id" IS NULL AND "agency_id" IS NULL))`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_cf3fb2752a193eb0896b8382ce" CHECK ("role" IN ('LEADERSHIP', 'PERFORMANCE', 'BUDGET', 'BUSINESS_SECTION', 'FUND_SECTION', 'UNIT', 'AGENCY', 'UPPER_LEVEL', 'ADMIN'))`,
    );
    // Issue 11: a demo loaded before this version has a BI token derived from the public demo password, so
    // anyone could compute it. Replace it with a random one (two v4 UUIDs: 244 random bits) and keep that
    // token where `npm start` prints it.
    await q.query(`
      WITH fresh AS (
        SELECT 'jxbi_demo_' || replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '') AS token
      ), derived AS (
        SELECT id FROM api_token WHERE prefix LIKE 'jxbi\\_demo\\_%' AND revoked_at IS NULL ORDER BY id LIMIT 1
      ), replaced AS (
        UPDATE api_token t SET token_hash = encode(sha256(convert_to(f.token, 'UTF8')), 'hex'), prefix = left(f.token, 12)
          FROM fresh f, derived d WHERE t.id = d.id RETURNING f.token
      )
      INSERT INTO demo_state (id, bi_token) SELECT 1, token FROM replaced`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_cf3fb2752a193eb0896b8382ce"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "CHK_b5493c179faec14402fb313295"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "session_epoch"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
    await q.query(`DROP TABLE "demo_state"`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "CHK_b22d8a7a104591bd948a121aa2" CHECK (((role)::text = ANY ((ARRAY['LEADERSHIP'::character varying, 'PERFORMANCE'::character varying, 'BUDGET'::character varying, 'BUSINESS_SECTION'::character varying, 'FUND_SECTION'::character varying, 'UNIT'::character varying, 'AGENCY'::character varying, 'UPPER_LEVEL'::character varying])::text[])))`,
    );
  }
}
