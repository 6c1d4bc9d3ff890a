import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795848977684 implements MigrationInterface {
  name = 'Initial1795848977684';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "region" ("id" SERIAL NOT NULL, "parent_id" integer, "code" character varying(12) NOT NULL, "name" character varying(100) NOT NULL, "level" character varying(16) NOT NULL, "path" character varying(200) NOT NULL, CONSTRAINT "UQ_74f7723fdff738f92929c0056cb" UNIQUE ("code"), CONSTRAINT "CHK_bf0a20cbd25a6f1259cb782ad6" CHECK ("level" IN ('PROVINCE', 'PREFECTURE', 'COUNTY')), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_fe5ebce493b47061fe693b660a" ON "region"  ("path") `);
    await q.query(`CREATE INDEX "IDX_2547f55866c0274d35fdd9a29c" ON "region"  ("parent_id") `);
    await q.query(
      `CREATE TABLE "section" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "kind" character varying(16) NOT NULL, "owned_fund_family" character varying(32), CONSTRAINT "CHK_1097ae59c105bd197426f24a68" CHECK ("owned_fund_family" IS NULL OR "owned_fund_family" IN ('GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE', 'SPECIAL_BOND', 'RURAL_REVITALIZATION', 'TRANSFER_PAYMENT')), CONSTRAINT "CHK_423ed06f91490732da436f8dc5" CHECK ("kind" <> 'FUND' OR "owned_fund_family" IS NOT NULL), CONSTRAINT "CHK_6b7eac04f9333ac9f917e83cb3" CHECK ("kind" IN ('PERFORMANCE', 'BUDGET', 'BUSINESS', 'FUND')), CONSTRAINT "PK_3c41d2d699384cc5e8eac54777d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_6b9e005126cd23c0b0df9861d4" ON "section"  ("region_id", "code") `);
    await q.query(
      `CREATE TABLE "unit" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "supervising_section_id" integer NOT NULL, "classified" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_45963b5ef1307c25912dd80281" ON "unit"  ("supervising_section_id") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_0909550d32d76b2f17c6035c29" ON "unit"  ("region_id", "code") `);
    await q.query(
      `CREATE TABLE "fund_family" ("code" character varying(32) NOT NULL, "name_zh" character varying(60) NOT NULL, "name_en" character varying(80) NOT NULL, "is_budget" boolean NOT NULL, "sort_order" smallint NOT NULL, CONSTRAINT "CHK_b61c1adac918e12e330d5b190f" CHECK ("code" IN ('GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE', 'SPECIAL_BOND', 'RURAL_REVITALIZATION', 'TRANSFER_PAYMENT')), CONSTRAINT "PK_5aa8317cf27a8572edaa13432d9" PRIMARY KEY ("code"))`,
    );
    await q.query(
      `CREATE TABLE "transfer_payment" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "document_no" character varying(100) NOT NULL, "name" character varying(200) NOT NULL, "amount" numeric(16,2) NOT NULL, CONSTRAINT "CHK_cb69a902bc9973712bf0a7047f" CHECK ("amount" >= 0), CONSTRAINT "PK_6946abeee6d05fe0efeb2bf5894" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c5e9ceeed8300f998dbdfb746f" ON "transfer_payment"  ("region_id", "year") `);
    await q.query(
      `CREATE TABLE "transfer_payment_indicator" ("id" SERIAL NOT NULL, "transfer_payment_id" integer NOT NULL, "level1" character varying(16) NOT NULL, "level2" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "comparator" character varying(16) NOT NULL, "target_value" numeric(18,4) NOT NULL, "unit_of_measure" character varying(20) NOT NULL, CONSTRAINT "CHK_74e8e4fc599ffb5c3d4555274b" CHECK ("comparator" IN ('GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE')), CONSTRAINT "CHK_58515b12c55d6204ab35f6eefd" CHECK ("level1" IN ('OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST')), CONSTRAINT "PK_bc997607b9b0b99a0dbc178f584" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_f8747ba5d7b357ff31fb42fa7f" ON "transfer_payment_indicator"  ("transfer_payment_id") `,
    );
    await q.query(
      `CREATE TABLE "project" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "unit_id" integer NOT NULL, "fund_family" character varying(32) NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "budget" numeric(16,2) NOT NULL, "kind" character varying(16) NOT NULL, "is_key" boolean NOT NULL DEFAULT false, "in_annual_budget" boolean NOT NULL DEFAULT true, "budgeted_on" date NOT NULL, "purchase_of_services" boolean NOT NULL DEFAULT false, "transfer_payment_id" integer, "target_status" character varying(16) NOT NULL DEFAULT 'DRAFT', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_3d14217174a68fede2448e0033" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "CHK_9e900abd16e98b8f57301b4656" CHECK ("target_status" IN ('DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'APPROVED', 'RETURNED')), CONSTRAINT "CHK_3a4a811b918b5f879c0dfe46e9" CHECK ("fund_family" IN ('GENERAL_PUBLIC', 'GOVERNMENT_FUND', 'STATE_CAPITAL', 'SOCIAL_INSURANCE', 'SPECIAL_BOND', 'RURAL_REVITALIZATION', 'TRANSFER_PAYMENT')), CONSTRAINT "CHK_7c96d24c28cb515e4f8832a5ce" CHECK ("kind" IN ('NEW', 'RECURRING', 'ONE_OFF')), CONSTRAINT "CHK_a0236036d93891ce4832d0eb8e" CHECK ("budget" >= 0), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_92185d0a8b3d34d9b8a4588033" ON "project"  ("transfer_payment_id") WHERE "transfer_payment_id" IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_5bb667d2957e2eeb462fd4ae81" ON "project"  ("unit_id", "code", "year") `);
    await q.query(`CREATE INDEX "IDX_51c8709fce6c157f93ce96ae5a" ON "project"  ("year", "fund_family") `);
    await q.query(`CREATE INDEX "IDX_c76605a7452affa018c7886079" ON "project"  ("year", "unit_id") `);
    await q.query(`CREATE INDEX "IDX_7ea990fd4ce2e412df0f57c236" ON "project"  ("year", "region_id") `);
    await q.query(
      `CREATE TABLE "agency" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(120) NOT NULL, "credit_code" character varying(18) NOT NULL, CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_bec9cd2f9d2fbb88f29f16d9c0" ON "agency"  ("region_id", "code") `);
    await q.query(
      `CREATE TABLE "agency_rating" ("id" SERIAL NOT NULL, "agency_id" integer NOT NULL, "year" smallint NOT NULL, "quantity" numeric(5,2) NOT NULL, "quality" numeric(5,2) NOT NULL, "effect" numeric(5,2) NOT NULL, "satisfaction" numeric(5,2) NOT NULL, "score" numeric(5,2) NOT NULL, "rating" character varying(1) NOT NULL, "published" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_890920bac5a7ece3a77c97ccc2" CHECK ("quantity" BETWEEN 0 AND 100 AND "quality" BETWEEN 0 AND 100 AND "effect" BETWEEN 0 AND 100 AND "satisfaction" BETWEEN 0 AND 100 AND "score" BETWEEN 0 AND 100), CONSTRAINT "CHK_9fc242813e7f6ee3c2fe79e2fe" CHECK ("rating" IN ('A', 'B', 'C', 'D')), CONSTRAINT "PK_ff61220079189eb42137303d7d6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_319227f539e9e5f9751e2bbdd6" ON "agency_rating"  ("year") `);
    await q.query(`CREATE UNIQUE INDEX "IDX_c7d9545bc40863c39f707c995a" ON "agency_rating"  ("agency_id", "year") `);
    await q.query(
      `CREATE TABLE "ex_ante_assessment" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "necessity" text NOT NULL DEFAULT '', "feasibility" text NOT NULL DEFAULT '', "target_reasonableness" text NOT NULL DEFAULT '', "funding_plan" text NOT NULL DEFAULT '', "attachment_names" jsonb NOT NULL DEFAULT '[]', "section_opinion" text, "pes_score" numeric(5,2), "conclusion" character varying(16), "agency_id" integer, "agency_conclusion" character varying(16), "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "submitted_on" date, "concluded_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_80c03d5692e1842a0380b44491c" UNIQUE ("project_id"), CONSTRAINT "REL_80c03d5692e1842a0380b44491" UNIQUE ("project_id"), CONSTRAINT "CHK_57f6184e2b838e009d1cb0a96d" CHECK ("pes_score" IS NULL OR "pes_score" BETWEEN 0 AND 100), CONSTRAINT "CHK_bf7462a700f0993e2bfb3c982e" CHECK ("agency_conclusion" IS NULL OR "agency_conclusion" IN ('SUPPORT', 'PARTIAL_SUPPORT', 'NO_SUPPORT')), CONSTRAINT "CHK_07db137392f75dc0e30b652f71" CHECK ("conclusion" IS NULL OR "conclusion" IN ('SUPPORT', 'PARTIAL_SUPPORT', 'NO_SUPPORT')), CONSTRAINT "CHK_3e1afbdd999122255dcc934b0a" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'FIRST_REVIEWED', 'CONCLUDED')), CONSTRAINT "PK_b5436f5144254e369c8b324ea86" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_2ed60aee8ae96905dee36738b5" ON "ex_ante_assessment"  ("agency_id") WHERE "agency_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "indicator_group" ("id" SERIAL NOT NULL, "library" character varying(8) NOT NULL, "code" character varying(16) NOT NULL, "name" character varying(60) NOT NULL, "name_en" character varying(80) NOT NULL, CONSTRAINT "UQ_eac1ade876cf27b18aa840fbca9" UNIQUE ("code"), CONSTRAINT "CHK_532169bdd832ec23455f731575" CHECK ("library" IN ('COMMON', 'SECTOR')), CONSTRAINT "PK_6c165a62d81d6e60c2f921f44c7" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "indicator_template" ("id" SERIAL NOT NULL, "group_id" integer NOT NULL, "code" character varying(16) NOT NULL, "level1" character varying(16) NOT NULL, "level2" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "comparator" character varying(16) NOT NULL, "unit_of_measure" character varying(20) NOT NULL, "reference_value" character varying(40) NOT NULL, "quantitative" boolean NOT NULL, CONSTRAINT "UQ_a3ff287f8339105bae30a897dee" UNIQUE ("code"), CONSTRAINT "CHK_0ca56075e37bcdb740e04f6ac4" CHECK ("comparator" IN ('GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE')), CONSTRAINT "CHK_bc133e06ae5ed264f2b3390a6f" CHECK ("level1" IN ('OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST')), CONSTRAINT "PK_c08c032b4c1faf5c1f9f32c8425" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_9dd2e729fddd6fed07e85456e5" ON "indicator_template"  ("group_id") `);
    await q.query(
      `CREATE TABLE "project_indicator" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "template_id" integer, "level1" character varying(16) NOT NULL, "level2" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "comparator" character varying(16) NOT NULL, "target_value" numeric(18,4), "target_text" character varying(200), "unit_of_measure" character varying(20) NOT NULL DEFAULT '', "weight" numeric(5,2) NOT NULL, "is_key" boolean NOT NULL DEFAULT false, "transfer_indicator_id" integer, CONSTRAINT "CHK_9678d1dee723831b1897a0dcfc" CHECK ("comparator" = 'QUALITATIVE' OR "target_value" IS NOT NULL), CONSTRAINT "CHK_efaacce563fae43e1110981b18" CHECK ("weight" BETWEEN 0 AND 100), CONSTRAINT "CHK_210aecab5682a77c095ee5bd21" CHECK ("comparator" IN ('GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE')), CONSTRAINT "CHK_c81634e1a565a426d3380993fd" CHECK ("level1" IN ('OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST')), CONSTRAINT "PK_966c767c034ea2a7b276ca085af" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_24afc42c68fae0a639c33ecf9d" ON "project_indicator"  ("transfer_indicator_id") WHERE "transfer_indicator_id" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_098a8485f7e20a9c6cfc1dc932" ON "project_indicator"  ("project_id") `);
    await q.query(
      `CREATE TABLE "target_review" ("id" SERIAL NOT NULL, "year" smallint NOT NULL, "subject" character varying(16) NOT NULL, "project_id" integer, "unit_id" integer NOT NULL, "stage" character varying(16) NOT NULL, "outcome" character varying(16) NOT NULL, "issue_count" integer NOT NULL DEFAULT '0', "score" numeric(5,2), "comment" text NOT NULL DEFAULT '', "reviewer_user_id" integer, "reviewed_on" date NOT NULL, CONSTRAINT "CHK_fa6696690db12b3e9029481b5d" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100), CONSTRAINT "CHK_9f94ca4e0d9016e041758b8205" CHECK ("issue_count" >= 0), CONSTRAINT "CHK_02af4382a73b5070b2ad16fbe4" CHECK (("subject" = 'PROJECT') = ("project_id" IS NOT NULL)), CONSTRAINT "CHK_7b0db98d3a9351a9bfc497db96" CHECK ("outcome" IN ('APPROVED', 'RETURNED')), CONSTRAINT "CHK_80aebaf925cd3ca67114c5dd8c" CHECK ("stage" IN ('BUSINESS_FIRST', 'PERFORMANCE')), CONSTRAINT "CHK_33b9c5fb34efe7aa745bb0a72c" CHECK ("subject" IN ('PROJECT', 'UNIT_WIDE')), CONSTRAINT "PK_314c0e49bfbe543865f3647714f" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_bbe606c18223cea0dd945364c1" ON "target_review"  ("project_id") WHERE "project_id" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_fc9f8439bf1ec0b06a64c57e97" ON "target_review"  ("year", "unit_id") `);
    await q.query(
      `CREATE TABLE "monitoring_checkpoint" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "month" smallint NOT NULL, "scope" character varying(16) NOT NULL DEFAULT 'PROJECT', "period_end" date NOT NULL, "report_due" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PLANNED', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_1e2df2fbba2e1e678bdf3113c2" CHECK ("report_due" > "period_end"), CONSTRAINT "CHK_d954775b2d2420e72385942da8" CHECK ("month" BETWEEN 1 AND 12), CONSTRAINT "CHK_3003023a32b94d216a4dc6ed1b" CHECK ("status" IN ('PLANNED', 'OPEN', 'CONFIRMED')), CONSTRAINT "CHK_eb7deedf46507115d0aaa5c8a7" CHECK ("scope" IN ('PROJECT', 'UNIT_WIDE')), CONSTRAINT "PK_b9a34e563fe27d9c1d9aef064c4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_590eb7062edf109bc7c92e7ed0" ON "monitoring_checkpoint"  ("year", "month") `);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_789cd724553a877c773ec7be27" ON "monitoring_checkpoint"  ("region_id", "year", "month", "scope") `,
    );
    await q.query(
      `CREATE TABLE "monitoring_report" ("id" SERIAL NOT NULL, "checkpoint_id" integer NOT NULL, "project_id" integer NOT NULL, "budget" numeric(16,2) NOT NULL, "executed" numeric(16,2) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "failed" boolean, "failure_reasons" jsonb, "submitted_on" date, "confirmed_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_501e9388a6e2940f1bcbd3d441" CHECK ("budget" >= 0 AND "executed" >= 0), CONSTRAINT "CHK_8268f7fb3cbd183c5be111ae16" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'CONFIRMED')), CONSTRAINT "PK_4a8025f0938138cebd44827ef4e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4b81bcc9f225983817d6cdc95c" ON "monitoring_report"  ("project_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_c5e7c398f8a372534b7f48e1d7" ON "monitoring_report"  ("checkpoint_id", "project_id") `,
    );
    await q.query(
      `CREATE TABLE "indicator_actual" ("id" SERIAL NOT NULL, "report_id" integer NOT NULL, "project_indicator_id" integer NOT NULL, "planned_value" numeric(18,4), "actual_value" numeric(18,4), "explanation" text NOT NULL DEFAULT '', CONSTRAINT "PK_07bf5b93c36e29ba33990d1028d" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_e85eb9a00087a5ddf268599204" ON "indicator_actual"  ("report_id", "project_indicator_id") `,
    );
    await q.query(
      `CREATE TABLE "flag" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "level" character varying(8) NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'OPEN', "raised_checkpoint_id" integer NOT NULL, "escalated_checkpoint_id" integer, "deadline" date NOT NULL, "owner_name" character varying(60) NOT NULL DEFAULT '', "rectification_plan" text NOT NULL DEFAULT '', "evidence" text NOT NULL DEFAULT '', "closed_on" date, "closed_by_user_id" integer, "proposed_reduction" numeric(16,2), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_83be37188b055a7316c7ab7af6" CHECK (("status" = 'CLOSED') = ("closed_on" IS NOT NULL)), CONSTRAINT "CHK_a97f5deac7571ab2384b9b7dd1" CHECK ("status" IN ('OPEN', 'CLOSED')), CONSTRAINT "CHK_6df41dcdf45892301491fc0e1d" CHECK ("level" IN ('YELLOW', 'RED')), CONSTRAINT "PK_17b74257294fdfd221178a132d4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_254fe881567fe53d712b1df120" ON "flag"  ("status", "level") `);
    await q.query(`CREATE INDEX "IDX_d63216412075be9365db66303a" ON "flag"  ("raised_checkpoint_id") `);
    await q.query(`CREATE INDEX "IDX_59e24154e70f47e1551926af8b" ON "flag"  ("project_id") `);
    await q.query(
      `CREATE TABLE "flag_event" ("id" SERIAL NOT NULL, "flag_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "level" character varying(8) NOT NULL, "checkpoint_id" integer, "occurred_on" date NOT NULL, "user_id" integer, "note" text NOT NULL DEFAULT '', CONSTRAINT "CHK_696eaa62a2920381fa5655bf63" CHECK ("kind" IN ('RAISED', 'ESCALATED', 'PLAN_SET', 'EVIDENCE_ADDED', 'CLOSED')), CONSTRAINT "PK_8863fef517fe47a1923291c1513" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_f512e07164a6898f56a10f4f3a" ON "flag_event"  ("checkpoint_id") WHERE "checkpoint_id" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_bd78d617269b5e6f3d39d864ea" ON "flag_event"  ("flag_id") `);
    await q.query(
      `CREATE TABLE "evaluation" ("id" SERIAL NOT NULL, "year" smallint NOT NULL, "kind" character varying(16) NOT NULL, "project_id" integer, "unit_id" integer NOT NULL, "agency_id" integer, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "budget" numeric(16,2) NOT NULL, "executed" numeric(16,2) NOT NULL, "output_completion" numeric(5,2), "benefit_completion" numeric(5,2), "satisfaction_completion" numeric(5,2), "score" numeric(5,2), "expert_score" numeric(5,2), "audit_findings" boolean NOT NULL DEFAULT false, "major_misuse" boolean NOT NULL DEFAULT false, "failed_checkpoints_unrectified" smallint NOT NULL DEFAULT '0', "authenticity_failed" boolean, "uncapped_grade" character varying(16), "grade" character varying(16), "caps" jsonb NOT NULL DEFAULT '[]', "report_name" character varying(200), "evaluated_on" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_ff1fd472c792ac1a7d42981e09" CHECK ("budget" >= 0 AND "executed" >= 0), CONSTRAINT "CHK_3a4ae5e8eeececeb0b0d131121" CHECK ("expert_score" IS NULL OR "expert_score" BETWEEN 0 AND 100), CONSTRAINT "CHK_41f1159f79dacdc64abb34dc57" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100), CONSTRAINT "CHK_17a41cfe259cb156ee89e9e038" CHECK (("kind" = 'UNIT_WIDE') = ("project_id" IS NULL)), CONSTRAINT "CHK_738252769311c8d134022e4632" CHECK ("uncapped_grade" IS NULL OR "uncapped_grade" IN ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR')), CONSTRAINT "CHK_382f3948bbd2eefb9435f3566c" CHECK ("grade" IS NULL OR "grade" IN ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR')), CONSTRAINT "CHK_ed0efc99668dce66837cb7f208" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'FINAL')), CONSTRAINT "CHK_faff82910885001bc49fc1a835" CHECK ("kind" IN ('SELF', 'DEPARTMENT', 'KEY', 'UNIT_WIDE')), CONSTRAINT "PK_b72edd439b9db736f55b584fa54" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_73aee79ede322cc42bb10c3f43" ON "evaluation"  ("agency_id") WHERE "agency_id" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_83209962697c525c855979e4b5" ON "evaluation"  ("unit_id", "year", "kind") `);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_2e536b612258fa600fd682024c" ON "evaluation"  ("project_id", "kind") WHERE "project_id" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_45ce91741ca1429c5b07e896f8" ON "evaluation"  ("year", "kind") `);
    await q.query(
      `CREATE TABLE "evaluation_finding" ("id" SERIAL NOT NULL, "evaluation_id" integer NOT NULL, "category" character varying(40) NOT NULL, "text" text NOT NULL, "suggestion" text NOT NULL DEFAULT '', "upheld" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_018556d63a71218b2538be55701" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_16836d4353408141f2a2543a87" ON "evaluation_finding"  ("evaluation_id") `);
    await q.query(
      `CREATE TABLE "result_application" ("id" SERIAL NOT NULL, "evaluation_id" integer NOT NULL, "project_id" integer NOT NULL, "target_year" smallint NOT NULL, "grade" character varying(16) NOT NULL, "base_budget" numeric(16,2) NOT NULL, "cut_share" numeric(7,4) NOT NULL, "proposed_cut" numeric(16,2) NOT NULL, "accepted_cut" numeric(16,2), "status" character varying(16) NOT NULL DEFAULT 'PROPOSED', "reason" text NOT NULL DEFAULT '', "notified" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_99fa5e6f580aa67eecf501a9a1c" UNIQUE ("evaluation_id"), CONSTRAINT "CHK_763d413882fe51365da97ff5d8" CHECK ("accepted_cut" IS NULL OR ("accepted_cut" >= 0 AND "accepted_cut" <= "base_budget")), CONSTRAINT "CHK_efd50ecc4b1e6f994ee55ca100" CHECK ("base_budget" >= 0 AND "proposed_cut" >= 0 AND "proposed_cut" <= "base_budget"), CONSTRAINT "CHK_5983b3bb16348101b80b819fa7" CHECK ("status" IN ('PROPOSED', 'ACCEPTED', 'ADJUSTED')), CONSTRAINT "CHK_e95e78be7f6bb5c644e2e5bfa4" CHECK ("grade" IN ('EXCELLENT', 'GOOD', 'MEDIUM', 'POOR')), CONSTRAINT "PK_70a36cf42297bb7780c59aa068f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_afd3d24f1e2e23a862ba9674d3" ON "result_application"  ("project_id") `);
    await q.query(`CREATE INDEX "IDX_74b5659a98c8753ed68c7db580" ON "result_application"  ("target_year") `);
    await q.query(
      `CREATE TABLE "rule_set" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "rules" jsonb NOT NULL, CONSTRAINT "PK_b297de2aa110d7ac081e2bcd05f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_598d3bb600d723a2deacc5c871" ON "rule_set"  ("region_id", "year") `);
    await q.query(
      `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" character varying(64) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(100) NOT NULL, "role" character varying(20) NOT NULL, "region_id" integer NOT NULL, "section_id" integer, "unit_id" integer, "agency_id" integer, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "CHK_1151962650d9fdd2fffc6a7bf2" CHECK ("role" <> 'AGENCY' OR "agency_id" IS NOT NULL), CONSTRAINT "CHK_562b81b7f7a775dcbf8091ceb2" CHECK ("role" <> 'UNIT' OR "unit_id" IS NOT NULL), CONSTRAINT "CHK_369c3920887edc919d5d56585d" CHECK ("role" NOT IN ('BUSINESS_SECTION', 'FUND_SECTION') OR "section_id" IS NOT NULL), CONSTRAINT "CHK_b22d8a7a104591bd948a121aa2" CHECK ("role" IN ('LEADERSHIP', 'PERFORMANCE', 'BUDGET', 'BUSINESS_SECTION', 'FUND_SECTION', 'UNIT', 'AGENCY', 'UPPER_LEVEL')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_7ce12ff096a1004f6cf008b877" ON "app_user"  ("region_id") `);
    await q.query(
      `CREATE TABLE "api_token" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "name" character varying(100) NOT NULL, "token_hash" character varying(64) NOT NULL, "prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_bafaa5aab5957cd193fb2da8f24" UNIQUE ("token_hash"), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_1725c5ea908ff009f6ab3fa34f" ON "api_token"  ("user_id") `);
    await q.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" integer, "token_id" integer, "request_id" character varying(40), "action" character varying(40) NOT NULL, "entity" character varying(60), "entity_id" character varying(40), "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_97b0cb392291a916b304880cae" ON "audit_log"  ("user_id", "at") `);
    await q.query(`CREATE INDEX "IDX_40c0e9a60edcd0f680b0e94b60" ON "audit_log"  ("entity", "entity_id") `);
    await q.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") `);
    await q.query(
      `CREATE TABLE "training_session" ("id" SERIAL NOT NULL, "region_id" integer NOT NULL, "year" smallint NOT NULL, "held_on" date NOT NULL, "title" character varying(200) NOT NULL, "attendance" integer NOT NULL, "agency_id" integer, CONSTRAINT "CHK_3be8da3fe2c587ae28d22694cd" CHECK ("attendance" >= 0), CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2ee999d4e8230ab901c17d18ce" ON "training_session"  ("region_id", "year") `);
    await q.query(
      `CREATE TABLE "revoked_session" ("session_id" uuid NOT NULL, "user_id" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_258eeeab12cb160ea633669a6ae" PRIMARY KEY ("session_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2b0f5eda4706ff9c3bb8b5024c" ON "revoked_session"  ("expires_at") `);
    await q.query(
      `ALTER TABLE "region" ADD CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0" FOREIGN KEY ("parent_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "section" ADD CONSTRAINT "FK_3b8f78ab786eb187cc1c06cf4fb" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_adeed3a5ae3d51b362022dab53f" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_45963b5ef1307c25912dd802813" FOREIGN KEY ("supervising_section_id") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "transfer_payment" ADD CONSTRAINT "FK_59cd80bc62393433bdd1e61c226" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "transfer_payment_indicator" ADD CONSTRAINT "FK_f8747ba5d7b357ff31fb42fa7ff" FOREIGN KEY ("transfer_payment_id") REFERENCES "transfer_payment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_085dca9fa581d5c5ddc7214ddb6" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_c771fec295fbb2cb690e12ca88d" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_86bc594729363e2384e5ca5c0a9" FOREIGN KEY ("fund_family") REFERENCES "fund_family"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_745c557e3eb1212cec33977b1be" FOREIGN KEY ("transfer_payment_id") REFERENCES "transfer_payment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agency" ADD CONSTRAINT "FK_2ab88615a3ba7ccd15101f690dc" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agency_rating" ADD CONSTRAINT "FK_5e1b9f03232bc3eff0848033e36" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ex_ante_assessment" ADD CONSTRAINT "FK_80c03d5692e1842a0380b44491c" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ex_ante_assessment" ADD CONSTRAINT "FK_50d0a1de1b06ee825c5de05648a" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_template" ADD CONSTRAINT "FK_9dd2e729fddd6fed07e85456e5b" FOREIGN KEY ("group_id") REFERENCES "indicator_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_indicator" ADD CONSTRAINT "FK_098a8485f7e20a9c6cfc1dc9323" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_indicator" ADD CONSTRAINT "FK_2f50ef5f817e3fa4b1a359c5895" FOREIGN KEY ("template_id") REFERENCES "indicator_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_indicator" ADD CONSTRAINT "FK_2c70b1381df96d09b371a379a50" FOREIGN KEY ("transfer_indicator_id") REFERENCES "transfer_payment_indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "target_review" ADD CONSTRAINT "FK_33cc1735c3072eee9664e28cdbb" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "target_review" ADD CONSTRAINT "FK_969a2c5539353fb921bc6b78754" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "monitoring_checkpoint" ADD CONSTRAINT "FK_b7eed524750fbd249f3af1b9305" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "monitoring_report" ADD CONSTRAINT "FK_58293b77fb1aec29830e8087607" FOREIGN KEY ("checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "monitoring_report" ADD CONSTRAINT "FK_4b81bcc9f225983817d6cdc95c1" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_actual" ADD CONSTRAINT "FK_fb9060ebe545342e4cc6e2ba0e5" FOREIGN KEY ("report_id") REFERENCES "monitoring_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_actual" ADD CONSTRAINT "FK_cde104c8290cce5414b7f031d5a" FOREIGN KEY ("project_indicator_id") REFERENCES "project_indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "flag" ADD CONSTRAINT "FK_59e24154e70f47e1551926af8b3" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "flag" ADD CONSTRAINT "FK_d63216412075be9365db66303a4" FOREIGN KEY ("raised_checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "flag" ADD CONSTRAINT "FK_2850ee29635f94c1ca369a39a9b" FOREIGN KEY ("escalated_checkpoint_id") REFERENCES "monitoring_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "flag_event" ADD CONSTRAINT "FK_bd78d617269b5e6f3d39d864eae" FOREIGN KEY ("flag_id") REFERENCES "flag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "evaluation" ADD CONSTRAINT "FK_255d175473dfeb23410514b7769" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "evaluation" ADD CONSTRAINT "FK_d4216c20f9b937537b813e0a66f" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "evaluation" ADD CONSTRAINT "FK_dd0f96f6c19a314a81a70d42bdf" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "evaluation_finding" ADD CONSTRAINT "FK_16836d4353408141f2a2543a87b" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "result_application" ADD CONSTRAINT "FK_99fa5e6f580aa67eecf501a9a1c" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "result_application" ADD CONSTRAINT "FK_afd3d24f1e2e23a862ba9674d3f" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "rule_set" ADD CONSTRAINT "FK_a74f43d5f2aefc40a2f3fc08a5f" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_7ce12ff096a1004f6cf008b8779" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_01f9dafb16639180e91491bfb6c" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_055c5291f4320e6e092162ae36c" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_6c389af3b251d151c0627d856f5" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_8779887cb3ad287dfb6d61c8cad" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_eed48a2de37e518007908b827f0" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_eed48a2de37e518007908b827f0"`);
    await q.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_8779887cb3ad287dfb6d61c8cad"`);
    await q.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6c389af3b251d151c0627d856f5"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_055c5291f4320e6e092162ae36c"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_01f9dafb16639180e91491bfb6c"`);
    await q.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_7ce12ff096a1004f6cf008b8779"`);
    await q.query(`ALTER TABLE "rule_set" DROP CONSTRAINT "FK_a74f43d5f2aefc40a2f3fc08a5f"`);
    await q.query(`ALTER TABLE "result_application" DROP CONSTRAINT "FK_afd3d24f1e2e23a862ba9674d3f"`);
    await q.query(`ALTER TABLE "result_application" DROP CONSTRAINT "FK_99fa5e6f580aa67eecf501a9a1c"`);
    await q.query(`ALTER TABLE "evaluation_finding" DROP CONSTRAINT "FK_16836d4353408141f2a2543a87b"`);
    await q.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_dd0f96f6c19a314a81a70d42bdf"`);
    await q.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_d4216c20f9b937537b813e0a66f"`);
    await q.query(`ALTER TABLE "evaluation" DROP CONSTRAINT "FK_255d175473dfeb23410514b7769"`);
    await q.query(`ALTER TABLE "flag_event" DROP CONSTRAINT "FK_bd78d617269b5e6f3d39d864eae"`);
    await q.query(`ALTER TABLE "flag" DROP CONSTRAINT "FK_2850ee29635f94c1ca369a39a9b"`);
    await q.query(`ALTER TABLE "flag" DROP CONSTRAINT "FK_d63216412075be9365db66303a4"`);
    await q.query(`ALTER TABLE "flag" DROP CONSTRAINT "FK_59e24154e70f47e1551926af8b3"`);
    await q.query(`ALTER TABLE "indicator_actual" DROP CONSTRAINT "FK_cde104c8290cce5414b7f031d5a"`);
    await q.query(`ALTER TABLE "indicator_actual" DROP CONSTRAINT "FK_fb9060ebe545342e4cc6e2ba0e5"`);
    await q.query(`ALTER TABLE "monitoring_report" DROP CONSTRAINT "FK_4b81bcc9f225983817d6cdc95c1"`);
    await q.query(`ALTER TABLE "monitoring_report" DROP CONSTRAINT "FK_58293b77fb1aec29830e8087607"`);
    await q.query(`ALTER TABLE "monitoring_checkpoint" DROP CONSTRAINT "FK_b7eed524750fbd249f3af1b9305"`);
    await q.query(`ALTER TABLE "target_review" DROP CONSTRAINT "FK_969a2c5539353fb921bc6b78754"`);
    await q.query(`ALTER TABLE "target_review" DROP CONSTRAINT "FK_33cc1735c3072eee9664e28cdbb"`);
    await q.query(`ALTER TABLE "project_indicator" DROP CONSTRAINT "FK_2c70b1381df96d09b371a379a50"`);
    await q.query(`ALTER TABLE "project_indicator" DROP CONSTRAINT "FK_2f50ef5f817e3fa4b1a359c5895"`);
    await q.query(`ALTER TABLE "project_indicator" DROP CONSTRAINT "FK_098a8485f7e20a9c6cfc1dc9323"`);
    await q.query(`ALTER TABLE "indicator_template" DROP CONSTRAINT "FK_9dd2e729fddd6fed07e85456e5b"`);
    await q.query(`ALTER TABLE "ex_ante_assessment" DROP CONSTRAINT "FK_50d0a1de1b06ee825c5de05648a"`);
    await q.query(`ALTER TABLE "ex_ante_assessment" DROP CONSTRAINT "FK_80c03d5692e1842a0380b44491c"`);
    await q.query(`ALTER TABLE "agency_rating" DROP CONSTRAINT "FK_5e1b9f03232bc3eff0848033e36"`);
    await q.query(`ALTER TABLE "agency" DROP CONSTRAINT "FK_2ab88615a3ba7ccd15101f690dc"`);
    await q.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_745c557e3eb1212cec33977b1be"`);
    await q.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_86bc594729363e2384e5ca5c0a9"`);
    await q.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_c771fec295fbb2cb690e12ca88d"`);
    await q.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_085dca9fa581d5c5ddc7214ddb6"`);
    await q.query(`ALTER TABLE "transfer_payment_indicator" DROP CONSTRAINT "FK_f8747ba5d7b357ff31fb42fa7ff"`);
    await q.query(`ALTER TABLE "transfer_payment" DROP CONSTRAINT "FK_59cd80bc62393433bdd1e61c226"`);
    await q.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_45963b5ef1307c25912dd802813"`);
    await q.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_adeed3a5ae3d51b362022dab53f"`);
    await q.query(`ALTER TABLE "section" DROP CONSTRAINT "FK_3b8f78ab786eb187cc1c06cf4fb"`);
    await q.query(`ALTER TABLE "region" DROP CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0"`);
    await q.query(`DROP INDEX "public"."IDX_2b0f5eda4706ff9c3bb8b5024c"`);
    await q.query(`DROP TABLE "revoked_session"`);
    await q.query(`DROP INDEX "public"."IDX_2ee999d4e8230ab901c17d18ce"`);
    await q.query(`DROP TABLE "training_session"`);
    await q.query(`DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"`);
    await q.query(`DROP INDEX "public"."IDX_40c0e9a60edcd0f680b0e94b60"`);
    await q.query(`DROP INDEX "public"."IDX_97b0cb392291a916b304880cae"`);
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP INDEX "public"."IDX_1725c5ea908ff009f6ab3fa34f"`);
    await q.query(`DROP TABLE "api_token"`);
    await q.query(`DROP INDEX "public"."IDX_7ce12ff096a1004f6cf008b877"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP INDEX "public"."IDX_598d3bb600d723a2deacc5c871"`);
    await q.query(`DROP TABLE "rule_set"`);
    await q.query(`DROP INDEX "public"."IDX_74b5659a98c8753ed68c7db580"`);
    await q.query(`DROP INDEX "public"."IDX_afd3d24f1e2e23a862ba9674d3"`);
    await q.query(`DROP TABLE "result_application"`);
    await q.query(`DROP INDEX "public"."IDX_16836d4353408141f2a2543a87"`);
    await q.query(`DROP TABLE "evaluation_finding"`);
    await q.query(`DROP INDEX "public"."IDX_45ce91741ca1429c5b07e896f8"`);
    await q.query(`DROP INDEX "public"."IDX_2e536b612258fa600fd682024c"`);
    await q.query(`DROP INDEX "public"."IDX_83209962697c525c855979e4b5"`);
    await q.query(`DROP INDEX "public"."IDX_73aee79ede322cc42bb10c3f43"`);
    await q.query(`DROP TABLE "evaluation"`);
    await q.query(`DROP INDEX "public"."IDX_bd78d617269b5e6f3d39d864ea"`);
    await q.query(`DROP INDEX "public"."IDX_f512e07164a6898f56a10f4f3a"`);
    await q.query(`DROP TABLE "flag_event"`);
    await q.query(`DROP INDEX "public"."IDX_59e24154e70f47e1551926af8b"`);
    await q.query(`DROP INDEX "public"."IDX_d63216412075be9365db66303a"`);
    await q.query(`DROP INDEX "public"."IDX_254fe881567fe53d712b1df120"`);
    await q.query(`DROP TABLE "flag"`);
    await q.query(`DROP INDEX "public"."IDX_e85eb9a00087a5ddf268599204"`);
    await q.query(`DROP TABLE "indicator_actual"`);
    await q.query(`DROP INDEX "public"."IDX_c5e7c398f8a372534b7f48e1d7"`);
    await q.query(`DROP INDEX "public"."IDX_4b81bcc9f225983817d6cdc95c"`);
    await q.query(`DROP TABLE "monitoring_report"`);
    await q.query(`DROP INDEX "public"."IDX_789cd724553a877c773ec7be27"`);
    await q.query(`DROP INDEX "public"."IDX_590eb7062edf109bc7c92e7ed0"`);
    await q.query(`DROP TABLE "monitoring_checkpoint"`);
    await q.query(`DROP INDEX "public"."IDX_fc9f8439bf1ec0b06a64c57e97"`);
    await q.query(`DROP INDEX "public"."IDX_bbe606c18223cea0dd945364c1"`);
    await q.query(`DROP TABLE "target_review"`);
    await q.query(`DROP INDEX "public"."IDX_098a8485f7e20a9c6cfc1dc932"`);
    await q.query(`DROP INDEX "public"."IDX_24afc42c68fae0a639c33ecf9d"`);
    await q.query(`DROP TABLE "project_indicator"`);
    await q.query(`DROP INDEX "public"."IDX_9dd2e729fddd6fed07e85456e5"`);
    await q.query(`DROP TABLE "indicator_template"`);
    await q.query(`DROP TABLE "indicator_group"`);
    await q.query(`DROP INDEX "public"."IDX_2ed60aee8ae96905dee36738b5"`);
    await q.query(`DROP TABLE "ex_ante_assessment"`);
    await q.query(`DROP INDEX "public"."IDX_c7d9545bc40863c39f707c995a"`);
    await q.query(`DROP INDEX "public"."IDX_319227f539e9e5f9751e2bbdd6"`);
    await q.query(`DROP TABLE "agency_rating"`);
    await q.query(`DROP INDEX "public"."IDX_bec9cd2f9d2fbb88f29f16d9c0"`);
    await q.query(`DROP TABLE "agency"`);
    await q.query(`DROP INDEX "public"."IDX_7ea990fd4ce2e412df0f57c236"`);
    await q.query(`DROP INDEX "public"."IDX_c76605a7452affa018c7886079"`);
    await q.query(`DROP INDEX "public"."IDX_51c8709fce6c157f93ce96ae5a"`);
    await q.query(`DROP INDEX "public"."IDX_5bb667d2957e2eeb462fd4ae81"`);
    await q.query(`DROP INDEX "public"."IDX_92185d0a8b3d34d9b8a4588033"`);
    await q.query(`DROP TABLE "project"`);
    await q.query(`DROP INDEX "public"."IDX_f8747ba5d7b357ff31fb42fa7f"`);
    await q.query(`DROP TABLE "transfer_payment_indicator"`);
    await q.query(`DROP INDEX "public"."IDX_c5e9ceeed8300f998dbdfb746f"`);
    await q.query(`DROP TABLE "transfer_payment"`);
    await q.query(`DROP TABLE "fund_family"`);
    await q.query(`DROP INDEX "public"."IDX_0909550d32d76b2f17c6035c29"`);
    await q.query(`DROP INDEX "public"."IDX_45963b5ef1307c25912dd80281"`);
    await q.query(`DROP TABLE "unit"`);
    await q.query(`DROP INDEX "public"."IDX_6b9e005126cd23c0b0df9861d4"`);
    await q.query(`DROP TABLE "section"`);
    await q.query(`DROP INDEX "public"."IDX_2547f55866c0274d35fdd9a29c"`);
    await q.query(`DROP INDEX "public"."IDX_fe5ebce493b47061fe693b660a"`);
    await q.query(`DROP TABLE "region"`);
  }
}
